package io.cxgate.genesys.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback for a resource type whose schema source is not in the checkout (the provider's plugin-framework
 * resources): its generated doc's "Schema" section ({@code ### Required}, {@code ### Optional},
 * {@code ### Read-Only}, {@code ### Nested Schema for `a.b`}). The docs do not show ForceNew or references; those
 * come from the overrides for such types.
 */
final class DocsSchema {
    private static final Pattern ITEM = Pattern.compile("^- `([A-Za-z0-9_]+)` \\(([^)]*)\\)(.*)$");
    private static final Pattern NESTED = Pattern.compile("^### Nested Schema for `([^`]+)`");
    private static final Pattern DESCRIPTION = Pattern.compile("(?m)^description: \\|-\\n\\s+(.+)$");

    private DocsSchema() {
    }

    /** @return the resource, or null when the doc has no schema section */
    static ProviderSchema.Resource read(String type, Path doc) throws IOException {
        String text = Files.readString(doc);
        int schema = text.indexOf("\n## Schema");
        if (schema < 0) {
            return null;
        }
        Map<String, ProviderSchema.Attribute> attributes = new LinkedHashMap<>();
        String prefix = "";
        String section = "";
        for (String line : text.substring(schema).split("\n")) {
            Matcher nested = NESTED.matcher(line);
            if (nested.find()) {
                prefix = nested.group(1).replace(".", "[*].") + "[*].";
                continue;
            }
            String heading = line.replace("### ", "").replace(":", "").trim();
            if (heading.equals("Required") || heading.equals("Optional") || heading.equals("Read-Only")) {
                section = heading;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (!item.find()) {
                continue;
            }
            String path = prefix + item.group(1);
            String kind = kind(item.group(2));
            attributes.put(path, new ProviderSchema.Attribute(path, kind, section.equals("Required"),
                    section.equals("Read-Only"), item.group(3).contains("**Deprecated**"),
                    item.group(2).contains("Sensitive"), false, List.of()));
        }
        Matcher d = DESCRIPTION.matcher(text);
        return new ProviderSchema.Resource(type, d.find() ? d.group(1).trim() : "", attributes, "docs", Set.of());
    }

    private static String kind(String docType) {
        String t = docType.split(",")[0].trim();
        if (t.startsWith("Block List") || t.startsWith("Attributes List") || t.startsWith("List of Object")) {
            return "block";
        }
        if (t.startsWith("Block Set") || t.startsWith("Attributes Set") || t.startsWith("Set of Object")) {
            return "block-set";
        }
        if (t.startsWith("Attributes") || t.startsWith("Block")) {
            return "block";
        }
        if (t.startsWith("List")) {
            return "list";
        }
        if (t.startsWith("Set")) {
            return "set";
        }
        if (t.startsWith("Map")) {
            return "map";
        }
        return switch (t) {
            case "Number" -> "number";
            case "Boolean" -> "bool";
            default -> "string";
        };
    }
}
