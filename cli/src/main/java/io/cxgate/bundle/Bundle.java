package io.cxgate.bundle;

import io.cxgate.files.Digests;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cxgate.InvalidInputException;

/**
 * {@code bundle.json}, schemaVersion 1 (ARCHITECTURE.md, "Bundles, approvals, apply, records"): what a plan bundle
 * holds and where it came from. Approvals bind to {@link #digest()}, the SHA-256 of this document in RFC 8785
 * canonical form. Holds digests and names only, nothing secret.
 *
 * @param files          the digest of each file of the bundle but {@code bundle.json}, by name ({@link #DIGESTED_FILES})
 * @param policiesDigest empty when no policies are configured
 * @param gitCommit      empty when neither git nor a CI variable knew the commit
 * @param stateLineage   empty when the workspace had no state yet
 * @param stateSerial    empty when the workspace had no state yet
 * @param createdAt      UTC, whole seconds
 * @param rollback       present in a rollback bundle ({@code cxgate rollback}): written as {@code rollbackOf} and
 *                       {@code restoresDeployment}, after {@code createdBy}; absent members in any other bundle
 */
public record Bundle(int schemaVersion, String cxgateVersion, String environment, String artifactDigest,
                     String inputsDigest, String planDigest, Optional<String> policiesDigest, Map<String, String> files,
                     Optional<String> gitCommit, String terraformVersion, Optional<String> stateLineage,
                     Optional<Long> stateSerial, Instant createdAt, CreatedBy createdBy, Optional<Rollback> rollback) {
    public static final int SCHEMA_VERSION = 1;

    public static final String PLAN_FILE = "plan.tfplan";
    public static final String PLAN_JSON = "plan.json";
    public static final String TERRAFORM_LOG = "terraform.log";
    public static final String REPORT_JSON = "report.json";
    public static final String REPORT_MD = "report.md";
    public static final String BUNDLE_JSON = "bundle.json";
    /** The files {@code files} lists, in the order {@code bundle.json} shows them. */
    public static final List<String> DIGESTED_FILES = List.of(PLAN_FILE, PLAN_JSON, TERRAFORM_LOG, REPORT_JSON, REPORT_MD);
    /** Files holding values in clear: written owner-only, never rendered or published. */
    public static final Set<String> SECRET_BEARING = Set.of(PLAN_FILE, PLAN_JSON, TERRAFORM_LOG);

    /** The largest serial canonical JSON carries exactly (I-JSON numbers are IEEE doubles). */
    private static final long MAX_EXACT_INTEGER = (1L << 53) - 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What a rollback bundle undoes: {@code of} is the deployment rolled back, {@code restores} the last succeeded
     * deployment before it, whose archived configuration the bundle planned (both {@code <env>-<NNNN>}).
     */
    public record Rollback(String of, String restores) {
        public Rollback {
            requireText(of, "rollbackOf");
            requireText(restores, "restoresDeployment");
        }
    }

    /** An ordinary (not rollback) bundle. */
    public Bundle(int schemaVersion, String cxgateVersion, String environment, String artifactDigest,
            String inputsDigest, String planDigest, Optional<String> policiesDigest, Map<String, String> files,
            Optional<String> gitCommit, String terraformVersion, Optional<String> stateLineage,
            Optional<Long> stateSerial, Instant createdAt, CreatedBy createdBy) {
        this(schemaVersion, cxgateVersion, environment, artifactDigest, inputsDigest, planDigest, policiesDigest, files,
                gitCommit, terraformVersion, stateLineage, stateSerial, createdAt, createdBy, Optional.empty());
    }

    public Bundle {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + schemaVersion + " is not " + SCHEMA_VERSION);
        }
        requireText(cxgateVersion, "cxgateVersion");
        requireText(environment, "environment");
        requireDigest(artifactDigest, "artifactDigest");
        requireDigest(inputsDigest, "inputsDigest");
        requireDigest(planDigest, "planDigest");
        Objects.requireNonNull(policiesDigest, "policiesDigest").ifPresent(d -> requireDigest(d, "policiesDigest"));
        Objects.requireNonNull(files, "files");
        if (!files.keySet().equals(Set.copyOf(DIGESTED_FILES))) {
            throw new IllegalArgumentException("files must list exactly " + DIGESTED_FILES + ", not " + files.keySet());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : DIGESTED_FILES) {
            requireDigest(files.get(name), "files." + name);
            ordered.put(name, files.get(name));
        }
        files = Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(gitCommit, "gitCommit");
        requireText(terraformVersion, "terraformVersion");
        Objects.requireNonNull(stateLineage, "stateLineage");
        Objects.requireNonNull(stateSerial, "stateSerial").ifPresent(serial -> {
            if (serial < 0 || serial > MAX_EXACT_INTEGER) {
                throw new IllegalArgumentException("stateSerial " + serial + " is out of range");
            }
        });
        Objects.requireNonNull(createdAt, "createdAt");
        createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(rollback, "rollback");
    }

    /** This bundle marked as the rollback {@code rollback}. */
    public Bundle withRollback(Rollback rollback) {
        return new Bundle(schemaVersion, cxgateVersion, environment, artifactDigest, inputsDigest, planDigest,
                policiesDigest, files, gitCommit, terraformVersion, stateLineage, stateSerial, createdAt, createdBy,
                Optional.of(rollback));
    }

    /** {@code bundle.json} as written: indented, members in the documented order, ending in a newline. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("schemaVersion", schemaVersion);
            g.writeStringField("cxgateVersion", cxgateVersion);
            g.writeStringField("environment", environment);
            g.writeStringField("artifactDigest", artifactDigest);
            g.writeStringField("inputsDigest", inputsDigest);
            g.writeStringField("planDigest", planDigest);
            g.writeStringField("policiesDigest", policiesDigest.orElse(null));
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, String> file : files.entrySet()) {
                g.writeStringField(file.getKey(), file.getValue());
            }
            g.writeEndObject();
            g.writeStringField("gitCommit", gitCommit.orElse(null));
            g.writeStringField("terraformVersion", terraformVersion);
            g.writeStringField("stateLineage", stateLineage.orElse(null));
            if (stateSerial.isPresent()) {
                g.writeNumberField("stateSerial", stateSerial.get());
            } else {
                g.writeNullField("stateSerial");
            }
            g.writeStringField("createdAt", createdAt.toString());
            g.writeObjectFieldStart("createdBy");
            g.writeStringField("identity", createdBy.identity());
            g.writeStringField("source", createdBy.source());
            g.writeEndObject();
            if (rollback.isPresent()) {
                g.writeStringField("rollbackOf", rollback.get().of());
                g.writeStringField("restoresDeployment", rollback.get().restores());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The bundle digest: {@code sha256:} of {@code bundle.json} in RFC 8785 canonical form. */
    public String digest() {
        return CanonicalJson.digest(toJson());
    }

    /** Reads a {@code bundle.json}; a malformed one is invalid input naming the file. */
    public static Bundle read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses {@code bundle.json} text. @throws IllegalArgumentException naming the bad member */
    public static Bundle fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> file : root.path("files").properties()) {
            files.put(file.getKey(), file.getValue().asText(null));
        }
        JsonNode serial = root.get("stateSerial");
        if (serial != null && !serial.isNull() && !serial.canConvertToExactIntegral()) {
            throw new IllegalArgumentException("stateSerial is not an integer");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("createdAt is not an ISO-8601 UTC time", e);
        }
        JsonNode by = root.path("createdBy");
        if (text(by, "identity") == null || text(by, "source") == null) {
            throw new IllegalArgumentException("createdBy needs an identity and a source");
        }
        return new Bundle(root.path("schemaVersion").asInt(-1), text(root, "cxgateVersion"), text(root, "environment"),
                text(root, "artifactDigest"), text(root, "inputsDigest"), text(root, "planDigest"),
                Optional.ofNullable(text(root, "policiesDigest")), files, Optional.ofNullable(text(root, "gitCommit")),
                text(root, "terraformVersion"), Optional.ofNullable(text(root, "stateLineage")),
                serial == null || serial.isNull() ? Optional.empty() : Optional.of(serial.asLong()),
                createdAt, new CreatedBy(text(by, "identity"), text(by, "source")), rollback(root));
    }

    private static Optional<Rollback> rollback(JsonNode root) {
        String of = text(root, "rollbackOf");
        String restores = text(root, "restoresDeployment");
        if (of == null && restores == null) {
            return Optional.empty();
        }
        if (of == null || restores == null) {
            throw new IllegalArgumentException("rollbackOf and restoresDeployment come together (a rollback bundle)");
        }
        return Optional.of(new Rollback(of, restores));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
    }

    private static void requireDigest(String value, String field) {
        if (!Digests.isDigest(value)) {
            throw new IllegalArgumentException(field + " is not a sha256:<hex> digest: " + value);
        }
    }
}
