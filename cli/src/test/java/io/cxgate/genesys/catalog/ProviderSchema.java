package io.cxgate.genesys.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.cxgate.genesys.catalog.GoPackages.Function;
import io.cxgate.genesys.catalog.GoPackages.Package;
import io.cxgate.genesys.catalog.GoTokens.Token;
import io.cxgate.genesys.catalog.GoValues.Literal;
import io.cxgate.genesys.catalog.GoValues.Symbol;
import io.cxgate.genesys.catalog.GoValues.Text;
import io.cxgate.genesys.catalog.GoValues.Value;

/**
 * Reads every resource type a provider checkout registers ({@code RegisterResource(type, ResourceX())}) with its
 * Terraform schema, and the {@code RefAttrs} of its exporter ({@code RegisterExporter(type, XExporter())}).
 */
final class ProviderSchema {
    /** One attribute path as the schema declares it. */
    record Attribute(String pattern, String kind, boolean required, boolean readOnly, boolean deprecated,
                     boolean sensitive, boolean forceNew, List<String> references) {
    }

    /**
     * A resource type: its description (for a default label), attributes by path pattern, and where they were read
     * ({@code schema}: the Go source; {@code docs}: the generated doc, for types whose source is not in the checkout).
     */
    record Resource(String type, String description, Map<String, Attribute> attributes, String from,
                    Set<String> unresolved) {
    }

    /** List and set attributes whose element schema is not in the checkout: filled from the docs. */
    private final Set<String> unresolved = new HashSet<>();
    private final GoValues values;
    private final GoPackages packages;

    private ProviderSchema(GoPackages packages) {
        this.packages = packages;
        this.values = new GoValues(packages);
    }

    /**
     * @param checkout   the provider checkout (holding {@code genesyscloud/})
     * @param documented the resource types the checkout's docs name: a package whose registration is outside the
     *                   checkout counts when its {@code Resource...()} function builds one of these
     */
    static Map<String, Resource> read(Path checkout, Set<String> documented) {
        return new ProviderSchema(GoPackages.read(checkout.resolve("genesyscloud"))).resources(documented);
    }

    private Map<String, Resource> resources(Set<String> documented) {
        Map<String, Resource> out = new TreeMap<>();
        Set<String> registeredPackages = new HashSet<>();
        for (Package pkg : packages.packages().values()) {
            for (Function f : pkg.functions().values()) {
                for (GoExpr.Call call : registrations(f, "RegisterResource")) {
                    GoValues.Scope scope = new GoValues.Scope(pkg, f.imports(), Map.of(), List.of());
                    if (call.args().size() == 2 && values.eval(call.args().get(0), scope) instanceof Text type
                            && values.eval(call.args().get(1), scope) instanceof Literal resource) {
                        out.put(type.value(), resource(type.value(), resource));
                        registeredPackages.add(pkg.dir());
                    }
                }
            }
        }
        for (Package pkg : packages.packages().values()) {
            if (!registeredPackages.contains(pkg.dir())) {
                unregistered(pkg, documented, out);
            }
            for (Function f : pkg.functions().values()) {
                for (GoExpr.Call call : registrations(f, "RegisterExporter")) {
                    GoValues.Scope scope = new GoValues.Scope(pkg, f.imports(), Map.of(), List.of());
                    if (call.args().size() == 2 && values.eval(call.args().get(0), scope) instanceof Text type
                            && out.containsKey(type.value())
                            && values.eval(call.args().get(1), scope) instanceof Literal exporter) {
                        exporter(out.get(type.value()), exporter);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A package registered from outside the checkout: its type is its {@code ResourceType} constant, else
     * {@code genesyscloud_<directory>}; its schema the one {@code Resource...()} function; its exporter the one
     * {@code ...Exporter()} function.
     */
    private void unregistered(Package pkg, Set<String> documented, Map<String, Resource> out) {
        GoValues.Scope scope = values.packageScope(pkg);
        String type = values.eval(new GoExpr.Name("ResourceType"), scope) instanceof Text t ? t.value()
                : "genesyscloud_" + pkg.dir();
        if (!documented.contains(type) || out.containsKey(type)) {
            return;
        }
        List<Literal> builders = pkg.functions().keySet().stream().filter(n -> n.startsWith("Resource")).sorted()
                .map(n -> values.eval(new GoExpr.Call(new GoExpr.Name(n), List.of()), scope))
                .filter(v -> v instanceof Literal l && values.field(l, "Schema") instanceof Literal)
                .map(Literal.class::cast).toList();
        if (builders.size() != 1) {
            return;
        }
        Resource resource = resource(type, builders.get(0));
        out.put(type, resource);
        pkg.functions().keySet().stream().filter(n -> n.endsWith("Exporter")).sorted()
                .map(n -> values.eval(new GoExpr.Call(new GoExpr.Name(n), List.of()), scope))
                .filter(Literal.class::isInstance).map(Literal.class::cast)
                .forEach(exporter -> exporter(resource, exporter));
    }

    private Resource resource(String type, Literal resource) {
        unresolved.clear();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("id", new Attribute("id", "string", false, true, false, false, false, List.of()));
        if (values.field(resource, "Schema") instanceof Literal schema) {
            attributes(schema, "", attributes);
        }
        if (values.field(resource, "Timeouts") instanceof Literal timeouts) {
            attributes.put("timeouts", new Attribute("timeouts", "block", false, false, false, false, false, List.of()));
            for (GoValues.Bound b : timeouts.elements()) {
                if (b.key() instanceof GoExpr.Name n) {
                    String path = "timeouts[*]." + n.name().toLowerCase(java.util.Locale.ROOT);
                    attributes.put(path, new Attribute(path, "string", false, false, false, false, false, List.of()));
                }
            }
        }
        String description = values.field(resource, "Description") instanceof Text d ? d.value() : "";
        return new Resource(type, description, attributes, unresolved.isEmpty() ? "schema" : "schema+docs",
                Set.copyOf(unresolved));
    }

    private void exporter(Resource resource, Literal exporter) {
        if (values.field(exporter, "RefAttrs") instanceof Literal refAttrs) {
            references(resource, refAttrs);
        }
    }

    private void attributes(Literal schemaMap, String prefix, Map<String, Attribute> out) {
        for (Map.Entry<String, Value> e : values.entries(schemaMap).entrySet()) {
            if (!(e.getValue() instanceof Literal s)) {
                continue;
            }
            String path = prefix + e.getKey();
            String type = symbol(values.field(s, "Type"));
            Value elem = values.field(s, "Elem");
            boolean recursionCut = elem instanceof GoValues.Unknown u && u.why().startsWith("recursion");
            if ((type.equals("schema.TypeList") || type.equals("schema.TypeSet")) && !(elem instanceof Literal)
                    && !recursionCut) {
                unresolved.add(path);
            }
            Literal block = elem instanceof Literal l && l.type().endsWith("Resource") ? l : null;
            String kind = switch (type) {
                case "schema.TypeInt", "schema.TypeFloat" -> "number";
                case "schema.TypeBool" -> "bool";
                case "schema.TypeList" -> block != null || recursionCut ? "block" : "list";
                case "schema.TypeSet" -> block != null || recursionCut ? "block-set" : "set";
                case "schema.TypeMap" -> "map";
                default -> "string";
            };
            boolean required = flag(values.field(s, "Required"));
            boolean optional = flag(values.field(s, "Optional"));
            boolean computed = flag(values.field(s, "Computed"));
            boolean deprecated = values.field(s, "Deprecated") instanceof Text d && !d.value().isBlank();
            out.put(path, new Attribute(path, kind, required, computed && !optional && !required, deprecated,
                    flag(values.field(s, "Sensitive")), flag(values.field(s, "ForceNew")), List.of()));
            if (block != null && values.field(block, "Schema") instanceof Literal nested) {
                attributes(nested, path + "[*].", out);
            }
        }
    }

    /** Exporter paths ({@code members.user_id}, {@code default_script_ids.*}) onto catalog patterns. */
    private void references(Resource resource, Literal refAttrs) {
        for (Map.Entry<String, Value> e : values.entries(refAttrs).entrySet()) {
            if (!(e.getValue() instanceof Literal settings) || !(values.field(settings, "RefType") instanceof Text ref)) {
                continue;
            }
            String pattern = pattern(resource, e.getKey());
            Attribute a = pattern == null ? null : resource.attributes().get(pattern);
            if (a == null) {
                continue;
            }
            TreeSet<String> refs = new TreeSet<>(a.references());
            refs.add(ref.value());
            resource.attributes().put(pattern, new Attribute(a.pattern(), a.kind(), a.required(), a.readOnly(),
                    a.deprecated(), a.sensitive(), a.forceNew(), List.copyOf(refs)));
        }
    }

    private static String pattern(Resource resource, String exporterPath) {
        String pattern = "";
        for (String step : exporterPath.split("\\.")) {
            if (step.equals("*") || step.matches("\\d+")) {
                continue;
            }
            String candidate = pattern.isEmpty() ? step : pattern + "[*]." + step;
            if (!resource.attributes().containsKey(candidate)) {
                return null;
            }
            pattern = candidate;
        }
        return pattern.isEmpty() ? null : pattern;
    }

    private static List<GoExpr.Call> registrations(Function f, String method) {
        List<GoExpr.Call> out = new ArrayList<>();
        List<Token> t = f.tokens();
        for (int i = f.start(); i < f.end() - 2; i++) {
            if (t.get(i).is(".") && t.get(i + 1).is(method) && t.get(i + 2).is("(")) {
                if (new GoParser(t, i + 1).expression() instanceof GoExpr.Call call) {
                    out.add(call);
                }
            }
        }
        return out;
    }

    private static String symbol(Value v) {
        return v instanceof Symbol s ? s.name() : "";
    }

    private static boolean flag(Value v) {
        return v instanceof Symbol s && s.name().equals("true");
    }
}
