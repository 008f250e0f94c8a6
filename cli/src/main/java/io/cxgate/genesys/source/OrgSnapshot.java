package io.cxgate.genesys.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.yaml.FieldPath;
import io.cxgate.yaml.JsonDocument;
import io.cxgate.yaml.SourceMap;
import io.cxgate.yaml.YamlSchema;

/**
 * An org snapshot: the objects of the exported resource types and the dependency edges of the org's
 * published flows, in one JSON file ({@code cxgate org export}) checked against
 * {@code org-snapshot.schema.json}:
 *
 * <pre>{"formatVersion": 1, "exportedAt": "…", "region": "us-east-1", "types": [...],
 *  "objects": [{id, name, resourceType, apiType, division, attributes, dateModified, modifiedBy}],
 *  "dependencies": [{consumerId, consumerName, consumerType, consumedId, consumedType}]}</pre>
 *
 * <p><b>Dependency edges</b> are taken from the flows' side: for every exported flow with a published
 * version, {@code consumedresources} of that version (one request per flow). Listing consumers of
 * every object instead would cost a request per queue, skill, prompt…, usually far more than one
 * per flow. The edges answer {@link OrgSource#consumersOf} for a snapshot (inverted), so a snapshot
 * exported without {@code genesyscloud_flow} does not track dependencies.
 *
 * <p>Objects are written sorted by resource type, name and id, attributes by key, so two exports of
 * an unchanged org are byte-identical but for {@code exportedAt}.
 */
public record OrgSnapshot(int formatVersion, Instant exportedAt, String region, List<String> types,
        List<OrgObject> objects, List<Dependency> dependencies, List<DivisionView> divisionViews) {
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/io/cxgate/genesys/org-snapshot.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final int MAX_REPORTED_ERRORS = 5;
    private static volatile Schema schema;

    private static final Comparator<OrgObject> OBJECT_ORDER = Comparator.comparing(OrgObject::resourceType)
            .thenComparing(OrgObject::name).thenComparing(OrgObject::id);
    private static final Comparator<Dependency> DEPENDENCY_ORDER = Comparator.comparing(Dependency::consumedType)
            .thenComparing(Dependency::consumedId).thenComparing(Dependency::consumerType)
            .thenComparing(Dependency::consumerId);

    public OrgSnapshot {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion must be " + FORMAT_VERSION + ", was " + formatVersion);
        }
        Objects.requireNonNull(exportedAt, "exportedAt");
        objects = objects.stream().sorted(OBJECT_ORDER).toList();
        dependencies = dependencies.stream().distinct().sorted(DEPENDENCY_ORDER).toList();
        Set<String> allTypes = new TreeSet<>(types == null ? List.of() : types);
        objects.forEach(o -> allTypes.add(o.resourceType()));
        types = List.copyOf(allTypes);
        divisionViews = DivisionViews.normalised(divisionViews);
    }

    /** A snapshot from a client that could read every division of every type it listed. */
    public OrgSnapshot(int formatVersion, Instant exportedAt, String region, List<String> types,
            List<OrgObject> objects, List<Dependency> dependencies) {
        this(formatVersion, exportedAt, region, types, objects, dependencies, List.of());
    }

    /**
     * Lists {@code types} from {@code source} and, when flows are among them, the dependency edges of
     * every published flow.
     */
    public static OrgSnapshot export(OrgSource source, Collection<String> types, Instant exportedAt) {
        return export(source, types, exportedAt, (type, count) -> { });
    }

    /** As {@link #export(OrgSource, Collection, Instant)}, calling {@code typeDone} with each type's object count. */
    public static OrgSnapshot export(OrgSource source, Collection<String> types, Instant exportedAt,
            java.util.function.ObjIntConsumer<String> typeDone) {
        return export(source, types, exportedAt, typeDone, true);
    }

    /**
     * As {@link #export(OrgSource, Collection, Instant, java.util.function.ObjIntConsumer)}; without
     * {@code dependencies} only the listings are read (one per type): the snapshot holds no dependency edges, no
     * queue members or wrap-up codes, and no division views (what {@code org diff} compares needs none of them).
     */
    public static OrgSnapshot export(OrgSource source, Collection<String> types, Instant exportedAt,
            java.util.function.ObjIntConsumer<String> typeDone, boolean dependencies) {
        Set<String> wanted = new LinkedHashSet<>(types);
        List<OrgObject> objects = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        for (String type : wanted) {
            List<OrgObject> ofType = source.objects(type);
            if (dependencies && ResourceListings.QUEUE.equals(type)) {
                ofType = ofType.stream().map(q -> withMembers(q, source)).map(q -> withWrapupCodes(q, source)).toList();
            }
            objects.addAll(ofType);
            if (dependencies && ResourceListings.FLOW.equals(type)) {
                for (OrgObject flow : ofType) {
                    edges.addAll(source.consumedBy(flow));
                }
            }
            typeDone.accept(type, ofType.size());
        }
        return new OrgSnapshot(FORMAT_VERSION, exportedAt, source.region(), List.copyOf(wanted), objects, edges,
                dependencies ? DivisionViews.restricted(source, wanted) : List.of());
    }

    /** A queue with its members' user IDs ({@code memberIds}, kept even when empty), when the source tells. */
    private static OrgObject withMembers(OrgObject queue, OrgSource source) {
        return source.queueMembers(queue.id()).map(ids -> {
            java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(queue.attributes());
            attributes.put(ResourceListings.MEMBER_IDS, ids);
            return queue.withAttributes(attributes);
        }).orElse(queue);
    }

    /** A queue with the IDs of the wrap-up codes it offers ({@code wrapupCodeIds}, kept even when empty). */
    private static OrgObject withWrapupCodes(OrgObject queue, OrgSource source) {
        return source.queueWrapupCodes(queue.id()).map(ids -> {
            java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(queue.attributes());
            attributes.put(ResourceListings.WRAPUP_CODE_IDS, ids);
            return queue.withAttributes(attributes);
        }).orElse(queue);
    }

    /** {@link #export(OrgSource, Collection, Instant)} of every type the source knows, now. */
    public static OrgSnapshot export(OrgSource source) {
        return export(source, source.resourceTypes(), Instant.now());
    }

    /** {@link #export(OrgSource, Collection, Instant)} now. */
    public static OrgSnapshot export(OrgSource source, Collection<String> types) {
        return export(source, types, Instant.now());
    }

    /** Whether the snapshot holds flows, and so the dependency edges of the published ones. */
    public boolean tracksDependencies() {
        return types.contains(ResourceListings.FLOW);
    }

    /** The snapshot as JSON text (pretty-printed, stable order). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", formatVersion);
        root.put("exportedAt", exportedAt.toString());
        root.put("region", region);
        ArrayNode typeArray = root.putArray("types");
        types.forEach(typeArray::add);
        ArrayNode objectArray = root.putArray("objects");
        for (OrgObject o : objects) {
            ObjectNode node = objectArray.addObject();
            node.put("id", o.id());
            node.put("name", o.name());
            node.put("resourceType", o.resourceType());
            node.put("apiType", o.apiType());
            node.put("division", o.division());
            node.set("attributes", JSON.valueToTree(new java.util.TreeMap<>(o.attributes())));
            node.put("dateModified", o.dateModified() == null ? null : o.dateModified().toString());
            node.put("modifiedBy", o.modifiedBy());
        }
        ArrayNode dependencyArray = root.putArray("dependencies");
        for (Dependency d : dependencies) {
            ObjectNode node = dependencyArray.addObject();
            node.put("consumerId", d.consumerId());
            node.put("consumerName", d.consumerName());
            node.put("consumerType", d.consumerType());
            node.put("consumedId", d.consumedId());
            node.put("consumedType", d.consumedType());
        }
        DivisionViews.write(divisionViews, root);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise snapshot", e);
        }
    }

    /** Writes the snapshot atomically: a temporary file beside {@code file}, then a rename over it. */
    public void write(Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new CxgateException("write org snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a snapshot file.
     *
     * @throws InvalidInputException naming the file, line and field when the file is not a valid snapshot
     */
    public static OrgSnapshot read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("org snapshot " + file + ": file not found");
        } catch (IOException e) {
            throw new InvalidInputException("org snapshot " + file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses and validates snapshot text; {@code source} names it in error messages. */
    public static OrgSnapshot parse(String text, String source) {
        String where = "org snapshot " + source;
        JsonDocument document;
        try {
            document = JsonDocument.parse(JSON, text);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw new InvalidInputException(where + ": " + location + "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode root = document.root();
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(where + ": line 1: expected a JSON object with formatVersion " + FORMAT_VERSION);
        }
        if (root.has("resource_changes") || root.has("planned_values") || root.has("format_version")) {
            throw new InvalidInputException(where + ": this is a Terraform plan or state, not an org snapshot; pass a"
                    + " plan with --plan, and to --org the output of `cxgate org export`");
        }
        SourceMap lines = document.marks();
        JsonNode version = root.get("formatVersion");
        if (version != null && version.isIntegralNumber() && version.asInt() != FORMAT_VERSION) {
            throw new InvalidInputException(where + ": " + line(lines, FieldPath.of("formatVersion")) + ": formatVersion "
                    + version.asInt() + " is not supported by this cxgate (it reads formatVersion " + FORMAT_VERSION + ")");
        }
        List<Error> errors = schema().validate(root);
        if (!errors.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Error error : errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))) {
                parts.add(describe(error, lines));
            }
            String more = errors.size() > MAX_REPORTED_ERRORS
                    ? " (and " + (errors.size() - MAX_REPORTED_ERRORS) + " more)" : "";
            throw new InvalidInputException(where + ": " + String.join("; ", parts) + more);
        }
        try {
            return fromJson(root, lines, where);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static OrgSnapshot fromJson(JsonNode root, SourceMap lines, String where) {
        List<OrgObject> objects = new ArrayList<>();
        JsonNode objectArray = root.get("objects");
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < objectArray.size(); i++) {
            JsonNode node = objectArray.get(i);
            FieldPath path = FieldPath.of("objects", i);
            Map<String, Object> attributes = node.hasNonNull("attributes")
                    ? JSON.convertValue(node.get("attributes"), new TypeReference<Map<String, Object>>() { })
                    : Map.of();
            OrgObject object = new OrgObject(node.get("id").asText(), node.get("name").asText(),
                    node.get("resourceType").asText(), node.get("apiType").asText(), textOrNull(node, "division"),
                    attributes, instant(node, "dateModified", lines, path, where), textOrNull(node, "modifiedBy"));
            if (!seen.add(object.resourceType() + "/" + object.id())) {
                throw new InvalidInputException(where + ": " + line(lines, path.key("id")) + ": " + path.key("id")
                        + ": " + object.resourceType() + " " + object.id() + " appears twice");
            }
            objects.add(object);
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (JsonNode node : root.get("dependencies")) {
            dependencies.add(new Dependency(node.get("consumerId").asText(), textOrNull(node, "consumerName"),
                    node.get("consumerType").asText(), node.get("consumedId").asText(), node.get("consumedType").asText()));
        }
        List<String> types = new ArrayList<>();
        root.path("types").forEach(t -> types.add(t.asText()));
        Instant exportedAt = instant(root, "exportedAt", lines, FieldPath.ROOT, where);
        return new OrgSnapshot(root.get("formatVersion").asInt(), exportedAt, textOrNull(root, "region"), types,
                objects, dependencies, DivisionViews.read(root));
    }

    private static Instant instant(JsonNode node, String field, SourceMap lines, FieldPath at, String where) {
        String text = textOrNull(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(where + ": " + line(lines, at.key(field)) + ": " + at.key(field)
                        + ": not an ISO-8601 date-time: " + text);
            }
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String describe(Error error, SourceMap lines) {
        FieldPath path = YamlSchema.path(error.getInstanceLocation());
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            path = path.key(error.getProperty());
        }
        String message = error.getMessage();
        // the validator prefixes messages with the instance location; the field's path replaces it
        int colon = message.indexOf(": ");
        if (colon > 0 && message.startsWith("$") || colon > 0 && message.startsWith("/")) {
            message = message.substring(colon + 2);
        }
        return line(lines, path) + ": " + (path.isRoot() ? "" : path.display() + ": ") + message;
    }

    /** {@code line N} of the value at the path, or of its nearest ancestor in the file. */
    private static String line(SourceMap lines, FieldPath path) {
        return "line " + lines.valueOf(path).line();
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            try (InputStream in = OrgSnapshot.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
                }
                s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schema = s;
        }
        return s;
    }
}
