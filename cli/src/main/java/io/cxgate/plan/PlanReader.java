package io.cxgate.plan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.files.Digests;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.internal.ChangeParser;
import io.cxgate.plan.internal.ConfigurationReader;
import io.cxgate.plan.internal.Json;
import io.cxgate.plan.internal.PriorStateReader;
import io.cxgate.plan.internal.Remasker;
import io.cxgate.redact.Redactor;

/**
 * Reads {@code terraform show -json} output (format_version 0.x and 1.x) into a {@link Plan}.
 *
 * <p>The file is streamed: each resource change is parsed, diffed, redacted and reduced on its
 * own, and plain no-ops are only counted, so memory follows what the report needs rather than
 * the size of the plan. {@code planned_values} is skipped.
 */
public final class PlanReader {
    private static final List<String> VALUE_FIELDS =
            List.of("before", "after", "after_unknown", "before_sensitive", "after_sensitive");

    private final ResourceCatalog catalog;
    private final Redactor redactor;

    public PlanReader(ResourceCatalog catalog, Redactor redactor) {
        this.catalog = catalog;
        this.redactor = redactor;
    }

    /** Reads the plan at {@code file}; the message of any failure names the file as given. */
    public Plan read(Path file) {
        return read(file, file.toString().equals(PlanStream.STDIN) ? "(stdin)" : file.toString());
    }

    /**
     * Reads the plan at {@code file}; messages and the plan's {@code source} name it {@code name}. {@code -} is
     * standard input; a pipe, {@code /dev/stdin} or a process substitution ({@code <(terraform show -json p)}) is
     * read once as a stream, its digest taken over the bytes read.
     */
    public Plan read(Path file, String name) {
        if (PlanStream.isStream(file)) {
            try (PlanStream stream = PlanStream.open(file, name)) {
                Builder b = new Builder(name, null);
                parse(stream.input(), b, name);
                return b.build(stream.digest());
            } catch (IOException e) {
                throw new CxgateException(name + ": cannot read: " + e.getMessage(), e);
            }
        }
        checkReadable(file, name);
        // the digest is computed on the other core while this one parses (the file is in the page cache)
        CompletableFuture<String> digest = CompletableFuture.supplyAsync(() -> sha256(file, name));
        Builder b = new Builder(name, file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            parse(in, b, name);
        } catch (IOException e) {
            throw new CxgateException(name + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return b.build(digest.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof CxgateException ? (CxgateException) e.getCause() : e;
        }
    }

    private void parse(InputStream in, Builder b, String name) throws IOException {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(name + ": not a Terraform plan: the top-level JSON value is "
                        + describe(p.currentToken()) + ", not an object");
            }
            readTopLevel(p, b);
            if (p.nextToken() != null) {
                throw new InvalidInputException(name + ": " + place(p.currentTokenLocation())
                        + "unexpected content after the plan's closing brace");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + ": " + place(e.getLocation()) + jsonProblem(e), e);
        }
    }

    private static String sha256(Path file, String name) {
        try {
            return Digests.ofFile(file);
        } catch (IOException e) {
            throw new CxgateException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void readTopLevel(JsonParser p, Builder b) throws IOException {
        ChangeParser changes = new ChangeParser(catalog, redactor);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "format_version":
                    b.formatVersion = p.getValueAsString();
                    checkFormatVersion(b.source, b.formatVersion);
                    break;
                case "terraform_version":
                    b.terraformVersion = p.getValueAsString();
                    break;
                case "variables":
                    b.variables = p.readValueAsTree();
                    break;
                case "planned_values":
                    b.isPlan = true;
                    p.skipChildren();
                    break;
                case "resource_changes":
                    b.isPlan = true;
                    readResourceChanges(p, b, changes);
                    break;
                case "resource_drift":
                    expectArray(p, b.source, field);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        b.drift.add(changes.parse(p.readValueAsTree(), true));
                    }
                    break;
                case "output_changes":
                    b.outputChanges = p.readValueAsTree();
                    break;
                case "prior_state":
                    b.managed.addAll(new PriorStateReader(catalog, redactor).read(p));
                    break;
                case "configuration":
                    b.configuration = new ConfigurationReader().read(p);
                    break;
                case "errored":
                    b.errored = p.getValueAsBoolean();
                    break;
                case "complete":
                    b.complete = p.currentToken() == JsonToken.VALUE_NULL || p.getValueAsBoolean(true);
                    break;
                case "@level":
                case "@message":
                    throw new InvalidInputException(b.source + ": this is terraform's streaming log (`terraform plan"
                            + " -json`, one JSON message per line), not a plan; run `terraform plan -out=PLANFILE`,"
                            + " then pass the output of `terraform show -json PLANFILE`");
                case "values":
                case "lineage":
                    b.stateMarker = field;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    /**
     * Streams {@code resource_changes}. A plain no-op is only counted: its values are skipped
     * (their byte ranges noted) and read back only if the entry turns out to be an import.
     */
    private void readResourceChanges(JsonParser p, Builder b, ChangeParser changes) throws IOException {
        expectArray(p, b.source, "resource_changes");
        while (p.nextToken() == JsonToken.START_OBJECT) {
            ObjectNode entry = Json.MAPPER.createObjectNode();
            ObjectNode change = null;
            Map<String, long[]> skipped = new HashMap<>();
            boolean noop = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("change") || p.currentToken() != JsonToken.START_OBJECT) {
                    entry.set(field, p.readValueAsTree());
                    continue;
                }
                change = entry.putObject("change");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (noop && b.file != null && VALUE_FIELDS.contains(key)) {
                        long start = p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        skipped.put(key, new long[] {start, p.currentLocation().getByteOffset()});
                        continue;
                    }
                    JsonNode value = p.readValueAsTree();
                    change.set(key, value);
                    if (key.equals("actions")) {
                        noop = value.size() == 1 && "no-op".equals(value.get(0).asText());
                    }
                }
            }
            if (change == null) {
                throw new InvalidInputException(b.source + ": resource_changes entry "
                        + entry.path("address").asText("?") + " has no change object");
            }
            boolean importing = change.hasNonNull("importing");
            if (noop && importing) {
                for (Map.Entry<String, long[]> range : skipped.entrySet()) {
                    change.set(range.getKey(), readRange(b.file, range.getValue()));
                }
            }
            ResourceChange parsed = changes.parse(entry, !noop || importing);
            b.counter.add(parsed.action());
            if (parsed.isReported()) {
                b.changes.add(parsed);
            }
        }
    }

    private static JsonNode readRange(Path file, long[] range) throws IOException {
        byte[] bytes = new byte[Math.toIntExact(range[1] - range[0])];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(range[0]);
            f.readFully(bytes);
        }
        return Json.MAPPER.readTree(bytes);
    }

    private static void checkReadable(Path file, String name) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new InvalidInputException(name + ": dangling symbolic link (its target does not exist)");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(name + ": is a directory, not a plan JSON file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvalidInputException(name + ": file is empty (expected `terraform show -json` output)");
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, 4);
                if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                    throw new InvalidInputException(name + ": this is a binary Terraform planfile, not JSON; run "
                            + "`terraform show -json " + name + " > plan.json` and pass plan.json");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void checkFormatVersion(String source, String version) {
        String major = version == null ? "" : version.split("\\.", 2)[0];
        if (!major.equals("0") && !major.equals("1")) {
            throw new InvalidInputException(source + ": unsupported format_version '" + version
                    + "' (cxgate reads Terraform JSON format 0.x and 1.x)");
        }
    }

    private static void expectArray(JsonParser p, String source, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            p.skipChildren();
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException(source + ": " + place(p.currentTokenLocation()) + field
                    + ": expected an array, found " + describe(p.currentToken()));
        }
    }

    private static String jsonProblem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return e.getOriginalMessage();
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("Unexpected end-of-input")) {
            return "unexpected end of file: the JSON is truncated";
        }
        if (message.contains("Unexpected character") || message.contains("Invalid UTF-8")
                || message.contains("Illegal character")) {
            return "not valid JSON: " + firstLine(message);
        }
        return "invalid JSON: " + firstLine(message);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    static String place(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : "'" + token.asString() + "'";
        }
    }

    /** What the stream has yielded so far. */
    private final class Builder {
        final String source;
        final Path file;
        String formatVersion;
        String terraformVersion;
        boolean isPlan;
        String stateMarker;
        boolean errored;
        boolean complete = true;
        JsonNode variables;
        JsonNode outputChanges;
        PlanConfiguration configuration = PlanConfiguration.EMPTY;
        final Summary.Counter counter = new Summary.Counter();
        final List<ResourceChange> changes = new ArrayList<>();
        final List<ResourceChange> drift = new ArrayList<>();
        final List<ManagedObject> managed = new ArrayList<>();

        Builder(String source, Path file) {
            this.source = source;
            this.file = file;
        }

        Plan build(String digest) {
            if (!isPlan) {
                if (stateMarker != null || formatVersion != null) {
                    throw new InvalidInputException(source + ": this is a Terraform state, not a plan; pass the output "
                            + "of `terraform show -json PLANFILE` for a saved plan");
                }
                throw new InvalidInputException(source + ": not a Terraform plan: it has neither planned_values nor "
                        + "resource_changes (expected `terraform show -json PLANFILE` output)");
            }
            if (formatVersion == null) {
                throw new InvalidInputException(source + ": not a Terraform plan: format_version is missing");
            }
            // sensitive variables are known only once the whole file is read (configuration and
            // variables may come after resource_changes), so their values are masked afterwards
            List<String> literals = ConfigurationReader.sensitiveVariableValues(variables,
                    configuration.sensitiveVariables());
            Redactor secrets = redactor.withLiterals(literals);
            List<ResourceChange> finalChanges = changes;
            List<ResourceChange> finalDrift = drift;
            if (!literals.isEmpty()) {
                Remasker remasker = new Remasker(secrets);
                finalChanges = changes.stream().map(remasker::apply).toList();
                finalDrift = drift.stream().map(remasker::apply).toList();
            }
            List<OutputChange> outputs = ConfigurationReader.outputs(outputChanges, configuration.sensitiveOutputs(),
                    secrets);
            return new Plan(source, digest, formatVersion, terraformVersion, errored, complete,
                    counter.toSummary(finalDrift.size()), finalChanges, finalDrift, outputs, managed, configuration);
        }
    }
}
