package io.cxgate.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the Archy files that {@code genesyscloud_flow} resources point to: {@code filepath}
 * relative to the root module directory ({@code --dir}), with the resource's {@code substitutions}
 * applied. A file that cannot be read for a reason the user should know about (missing, remote,
 * absolute outside the module, unfilled placeholders, not YAML) comes back as unavailable with that
 * reason; the check goes on without it.
 */
public final class FlowFiles {
    /** Larger flow files are refused rather than read into memory. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern REMOTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final Path moduleDir;

    /** @param moduleDir the terraform root module; relative {@code filepath}s resolve against it */
    public FlowFiles(Path moduleDir) {
        this.moduleDir = moduleDir.toAbsolutePath().normalize();
    }

    public Path moduleDir() {
        return moduleDir;
    }

    /**
     * A flow file as one resource's planned values name it.
     *
     * @param values the change's {@code after} (or {@code before} for a delete) values
     */
    public FlowFile load(JsonNode values) {
        JsonNode filepathNode = values == null ? null : values.get("filepath");
        if (filepathNode == null || filepathNode.isNull() || !filepathNode.isTextual()) {
            return FlowFile.unavailable(null, "its filepath is known only after apply, so the flow file cannot be"
                    + " read now", List.of());
        }
        String filepath = filepathNode.asText();
        if (REMOTE.matcher(filepath).matches()) {
            return FlowFile.unavailable(filepath, "the flow file " + filepath + " is remote; cxgate reads only local"
                    + " flow files", List.of());
        }
        Path file;
        try {
            Path given = Path.of(filepath);
            if (given.isAbsolute()) {
                file = given.normalize();
                if (!file.startsWith(moduleDir)) {
                    return FlowFile.unavailable(filepath, "the flow file " + filepath + " is an absolute path outside"
                            + " the module directory " + moduleDir + " (it would not exist on another machine)",
                            List.of());
                }
            } else {
                file = moduleDir.resolve(given).normalize();
            }
        } catch (InvalidPathException e) {
            return FlowFile.unavailable(filepath, "the flow file path " + filepath + " is not a valid path", List.of());
        }
        if (!Files.isRegularFile(file)) {
            return FlowFile.unavailable(filepath, "the flow file " + filepath + " does not exist (looked for " + file
                    + "; flow files are read relative to --dir " + moduleDir + ")", List.of());
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return FlowFile.unavailable(filepath, "the flow file " + filepath + " is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MiB", List.of());
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return FlowFile.unavailable(filepath, "the flow file " + filepath + " cannot be read: " + e.getMessage(),
                    List.of());
        }
        return FlowFile.of(filepath, text, substitutions(values.get("substitutions")));
    }

    /** The {@code substitutions} map's known string values (unknown or null values are left out). */
    static Map<String, String> substitutions(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    /**
     * One flow file: parsed, or unavailable with a reason.
     *
     * @param filepath     as the plan gives it, or null when unknown
     * @param flow         the parsed flow, or null when unavailable
     * @param problem      why it is unavailable, or null
     * @param placeholders the placeholders left unfilled, when that is the problem
     */
    public record FlowFile(String filepath, ArchyFlow flow, String problem, List<String> placeholders) {
        public FlowFile {
            placeholders = List.copyOf(placeholders);
            if ((flow == null) == (problem == null)) {
                throw new IllegalArgumentException("a flow file is either parsed or unavailable");
            }
        }

        static FlowFile unavailable(String filepath, String problem, List<String> placeholders) {
            return new FlowFile(filepath, null, Objects.requireNonNull(problem), placeholders);
        }

        /** Substitutes, then parses; unfilled placeholders or bad YAML make the file unavailable. */
        public static FlowFile of(String filepath, String text, Map<String, String> substitutions) {
            String filled = ArchyFlow.substitute(text, substitutions);
            List<String> left = ArchyFlow.placeholders(filled);
            if (!left.isEmpty()) {
                return unavailable(filepath, "the flow file " + filepath + " keeps unfilled placeholders "
                        + String.join(", ", left.stream().map(p -> "{{" + p + "}}").toList())
                        + ": the resource's substitutions do not fill them, and cxgate does not guess their values",
                        left);
            }
            try {
                return new FlowFile(filepath, ArchyFlow.parse(filled), null, List.of());
            } catch (IllegalArgumentException e) {
                return unavailable(filepath, "the flow file " + filepath + " is not a valid Archy flow after"
                        + " substitution: " + e.getMessage(), List.of());
            }
        }

        public boolean available() {
            return flow != null;
        }
    }
}
