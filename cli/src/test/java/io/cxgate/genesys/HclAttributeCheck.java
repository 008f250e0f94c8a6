package io.cxgate.genesys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.bertramlabs.plugins.hcl4j.HCLParser;

/**
 * Checks the {@code genesyscloud_*} resources written in Terraform HCL ({@code *.tf}) against the resource
 * catalog: every attribute a resource sets, nested blocks included as {@code block[*].attr} patterns, must be one
 * the catalog knows. Meta-arguments ({@code depends_on}, {@code count}, {@code for_each}, {@code lifecycle},
 * {@code provider}, …) are skipped; {@code dynamic "x" { content { … } }} is checked as block {@code x}.
 *
 * <p>hcl4j gives a block as a map (a list of maps when repeated) and a map-valued attribute as a map too, so the
 * catalog decides: only attributes it types {@code block} or {@code block-set} are descended into; an unknown
 * attribute is reported and not descended into.
 */
final class HclAttributeCheck {
    /** Terraform's resource meta-arguments and the blocks only Terraform reads. */
    static final Set<String> META_ARGUMENTS = Set.of("depends_on", "count", "for_each", "lifecycle", "provider",
            "provisioner", "connection");

    /** One attribute use: {@code address} is {@code type.name}, {@code path} a catalog pattern. */
    record Use(Path file, String address, String path) {
        @Override
        public String toString() {
            return file + ": " + address + " " + path;
        }
    }

    /**
     * @param files         HCL files read
     * @param resources     {@code genesyscloud_*} resources found, by type (covered or not)
     * @param attributeUses attributes checked on covered types
     * @param patterns      {@code type path} of every attribute use checked
     * @param unknown       attributes of covered types the catalog does not know
     * @param readOnly      attributes set although the catalog marks them read-only
     * @param missing       required attributes (top level, or inside a block that is present) not set
     * @param uncovered     {@code genesyscloud_*} types the catalog lacks → their addresses
     */
    record Result(int files, SortedMap<String, Integer> resources, int attributeUses, SortedSet<String> patterns,
                  List<Use> unknown,
                  List<Use> readOnly, List<Use> missing, SortedMap<String, List<String>> uncovered) {
        int resourceCount() {
            return resources.values().stream().mapToInt(Integer::intValue).sum();
        }

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(files).append(" files, ").append(resourceCount()).append(" genesyscloud_* resources of ")
                    .append(resources.size()).append(" types, ").append(attributeUses).append(" attribute uses checked; ")
                    .append(unknown.size()).append(" unknown, ").append(readOnly.size()).append(" read-only, ")
                    .append(missing.size()).append(" required missing, ").append(uncovered.size())
                    .append(" types not in the catalog");
            uncovered.forEach((type, addresses) -> s.append("\n  not in catalog: ").append(type).append(" (")
                    .append(addresses.size()).append(")"));
            unknown.forEach(u -> s.append("\n  unknown attribute: ").append(u));
            readOnly.forEach(u -> s.append("\n  read-only attribute set: ").append(u));
            missing.forEach(u -> s.append("\n  required attribute missing: ").append(u));
            return s.toString();
        }
    }

    private final ResourceCatalog catalog;
    private final SortedMap<String, Integer> resources = new TreeMap<>();
    private final SortedMap<String, List<String>> uncovered = new TreeMap<>();
    private final List<Use> unknown = new ArrayList<>();
    private final List<Use> readOnly = new ArrayList<>();
    private final List<Use> missing = new ArrayList<>();
    private final SortedSet<String> patterns = new TreeSet<>();
    private int uses;

    private HclAttributeCheck(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** Checks every {@code *.tf} under {@code root} (skipping {@code .terraform/} directories). */
    static Result check(ResourceCatalog catalog, Path root) {
        List<Path> files = hclFiles(root);
        HclAttributeCheck check = new HclAttributeCheck(catalog);
        for (Path file : files) {
            check.file(root.relativize(file), parse(file));
        }
        return new Result(files.size(), check.resources, check.uses, check.patterns, List.copyOf(check.unknown),
                List.copyOf(check.readOnly), List.copyOf(check.missing), check.uncovered);
    }

    static List<Path> hclFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tf"))
                    .filter(p -> StreamSupport.stream(root.relativize(p).spliterator(), false)
                            .noneMatch(segment -> segment.toString().equals(".terraform")))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("list " + root, e);
        }
    }

    /** The file as hcl4j's map tree, with its {@code data "http"} lookup removed so that parsing never fetches. */
    static Map<String, Object> parse(Path file) {
        try {
            return new OfflineParser().parse(file.toFile(), "UTF-8");
        } catch (Exception e) {
            throw new IllegalStateException("parse " + file + ": " + e.getMessage(), e);
        }
    }

    private void file(Path file, Map<String, Object> tree) {
        if (!(tree.get("resource") instanceof Map<?, ?> byType)) {
            return;
        }
        byType.forEach((typeName, byName) -> {
            String type = String.valueOf(typeName);
            if (!type.startsWith("genesyscloud_") || !(byName instanceof Map<?, ?> named)) {
                return;
            }
            named.forEach((name, body) -> {
                resources.merge(type, 1, Integer::sum);
                String address = type + "." + name;
                ResourceType known = catalog.type(type).orElse(null);
                if (known == null) {
                    uncovered.computeIfAbsent(type, t -> new ArrayList<>()).add(file + ": " + address);
                } else {
                    for (Object instance : elements(body)) {
                        block(file, address, known, "", instance, true);
                    }
                }
            });
        });
    }

    private void block(Path file, String address, ResourceType type, String prefix, Object body, boolean top) {
        if (!(body instanceof Map<?, ?> attributes)) {
            return; // an expression where a block could be: nothing to check
        }
        attributes.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (top && META_ARGUMENTS.contains(name)) {
                return;
            }
            if ("dynamic".equals(name) && value instanceof Map<?, ?> dynamics) {
                dynamics.forEach((blockName, spec) -> {
                    for (Object one : elements(spec)) {
                        Object content = one instanceof Map<?, ?> m ? m.get("content") : null;
                        attribute(file, address, type, prefix + blockName, content);
                    }
                });
                return;
            }
            attribute(file, address, type, prefix + name, value);
        });
        requiredBelow(file, address, type, prefix, attributes);
    }

    private void attribute(Path file, String address, ResourceType type, String path, Object value) {
        uses++;
        patterns.add(type.name() + " " + path);
        AttributeInfo info = type.attribute(path).orElse(null);
        if (info == null) {
            unknown.add(new Use(file, address, path));
            return;
        }
        if (info.readOnly()) {
            readOnly.add(new Use(file, address, path));
        }
        if ("block".equals(info.kind()) || "block-set".equals(info.kind())) {
            for (Object element : elements(value)) {
                block(file, address, type, path + "[*].", element, false);
            }
        }
    }

    /** Required attributes directly under {@code prefix} (one level) that this block does not set. */
    private void requiredBelow(Path file, String address, ResourceType type, String prefix, Map<?, ?> attributes) {
        for (AttributeInfo info : type.attributes().values()) {
            String pattern = info.pattern();
            if (!info.required() || !pattern.startsWith(prefix)) {
                continue;
            }
            String rest = pattern.substring(prefix.length());
            if (rest.contains(".") || rest.contains("[")) {
                continue;
            }
            boolean set = attributes.containsKey(rest)
                    || attributes.get("dynamic") instanceof Map<?, ?> d && d.containsKey(rest);
            if (!set) {
                missing.add(new Use(file, address, pattern));
            }
        }
    }

    private static List<?> elements(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** hcl4j registers a {@code data "http"} lookup that performs the request while parsing; a checker must not. */
    private static final class OfflineParser extends HCLParser {
        OfflineParser() {
            dataLookupRegistry.clear();
        }
    }
}
