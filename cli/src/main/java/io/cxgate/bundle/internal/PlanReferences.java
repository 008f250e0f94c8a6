package io.cxgate.bundle.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What of a {@code terraform show -json} plan decides which files the artifact digest covers: the module calls of
 * its {@code configuration} (to follow local {@code source = "./…"} modules) and every {@code filepath} /
 * {@code file_path} attribute among the planned values of its resource changes. The plan is streamed: one resource
 * change at a time is held in memory.
 *
 * @param root          the root module's calls (the root itself has an empty source)
 * @param files         file attributes with a known planned value, in plan order
 * @param unknownFiles  file attributes whose value is known only after apply ({@code value} is null)
 */
public record PlanReferences(ModuleCall root, List<FileReference> files, List<FileReference> unknownFiles) {
    /** The attribute names whose values are paths of files the provider reads (flows, scripts, function zips). */
    public static final List<String> FILE_ATTRIBUTES = List.of("filepath", "file_path");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public PlanReferences {
        Objects.requireNonNull(root, "root");
        files = List.copyOf(files);
        unknownFiles = List.copyOf(unknownFiles);
    }

    /** A module call: its name, its {@code source} as written, and the calls of the module it loads. */
    public record ModuleCall(String name, String source, List<ModuleCall> calls) {
        public ModuleCall {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            calls = List.copyOf(calls);
        }

        /** Terraform's local paths: {@code ./…} or {@code ../…} (also with backslashes, as Windows users write them). */
        public boolean isLocal() {
            return source.startsWith("./") || source.startsWith("../")
                    || source.startsWith(".\\") || source.startsWith("..\\");
        }
    }

    /** A file attribute of a resource: {@code module.flows.genesyscloud_flow.main} {@code filepath} = value. */
    public record FileReference(String address, String attribute, String value) {
    }

    /** Reads the plan JSON at {@code file}. */
    public static PlanReferences read(Path file) throws IOException {
        ModuleCall root = new ModuleCall("", "", List.of());
        List<FileReference> files = new ArrayList<>();
        List<FileReference> unknown = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("resource_changes".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode change = MAPPER.readTree(p);
                        String address = change.path("address").asText("");
                        JsonNode body = change.path("change");
                        collectFiles(address, body.get("after"), "", files);
                        collectUnknown(address, body.get("after_unknown"), "", unknown);
                    }
                } else if ("configuration".equals(field) && value == JsonToken.START_OBJECT) {
                    JsonNode configuration = MAPPER.readTree(p);
                    root = new ModuleCall("", "", calls(configuration.path("root_module"), 0));
                } else {
                    p.skipChildren();
                }
            }
        }
        return new PlanReferences(root, files, unknown);
    }

    private static List<ModuleCall> calls(JsonNode module, int depth) {
        if (depth > 100) {
            throw new IllegalArgumentException("module calls nested more than 100 deep");
        }
        List<ModuleCall> calls = new ArrayList<>();
        for (Map.Entry<String, JsonNode> call : module.path("module_calls").properties()) {
            String source = call.getValue().path("source").asText("");
            calls.add(new ModuleCall(call.getKey(), source, calls(call.getValue().path("module"), depth + 1)));
        }
        return calls;
    }

    private static void collectFiles(String address, JsonNode node, String path, List<FileReference> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (FILE_ATTRIBUTES.contains(member.getKey()) && member.getValue().isTextual()) {
                    String value = member.getValue().asText();
                    if (!value.isBlank()) {
                        out.add(new FileReference(address, memberPath, value));
                    }
                } else {
                    collectFiles(address, member.getValue(), memberPath, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectFiles(address, node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void collectUnknown(String address, JsonNode node, String path, List<FileReference> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (FILE_ATTRIBUTES.contains(member.getKey()) && member.getValue().isBoolean()
                        && member.getValue().booleanValue()) {
                    out.add(new FileReference(address, memberPath, null));
                } else {
                    collectUnknown(address, member.getValue(), memberPath, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnknown(address, node.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
