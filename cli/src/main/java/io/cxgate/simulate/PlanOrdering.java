package io.cxgate.simulate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cxgate.plan.PlanConfiguration;

/**
 * The order Terraform must keep between resources, as the plan's {@code configuration} tells it:
 * a resource comes after everything its expressions reference and its {@code depends_on} lists,
 * transitively. Within a module, {@code genesyscloud_x.y…} is that module's resource and
 * {@code module.m…} every resource of that child module; a resource in a module also comes after
 * whatever its module call's arguments reference and its {@code depends_on} lists (taken for the
 * whole module, not per variable: it can only make the check say "ordered" too often, never raise a
 * false warning). {@code local.*} and {@code data.*} references are not followed: locals are not in
 * {@code show -json}, so a resource referencing one counts as ordered after anything (unknown).
 */
final class PlanOrdering {
    private final PlanConfiguration configuration;

    PlanOrdering(PlanConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Whether the configuration declares this resource (else nothing can be said about its order). */
    boolean knows(String configAddress) {
        return configuration.declares(configAddress);
    }

    /** Whether {@code later} comes after {@code earlier} (or the order cannot be told from the configuration). */
    boolean after(String later, String earlier) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(later));
        while (!todo.isEmpty()) {
            String node = todo.removeFirst();
            if (!seen.add(node)) {
                continue;
            }
            if (node.equals(earlier) || earlier.startsWith(node + ".")) {
                return true;
            }
            String prefix = modulePrefix(node);
            List<String> refs = configuration.referencesOf(node);
            for (String ref : refs) {
                if (ref.startsWith("local.")) {
                    return true;
                }
                String target = resolve(prefix, ref);
                if (target != null) {
                    todo.addLast(target);
                }
            }
            if (!prefix.isEmpty()) {
                todo.addLast(prefix.substring(0, prefix.length() - 1)); // the module call
            }
        }
        return false;
    }

    /**
     * A reference as written in a module with this prefix, as a config address: a resource
     * ({@code genesyscloud_routing_queue.sales}) or a module call ({@code module.queues}); null for
     * variables, data sources and the like.
     */
    static String resolve(String prefix, String ref) {
        List<String> parts = segments(ref);
        if (parts.size() >= 2 && parts.get(0).equals("module")) {
            return prefix + "module." + parts.get(1);
        }
        if (parts.size() >= 2 && parts.get(0).startsWith("genesyscloud_")) {
            return prefix + parts.get(0) + "." + parts.get(1);
        }
        return null;
    }

    /** {@code module.a["x"].module.b.genesyscloud_x.y[0]} → {@code module.a.module.b.genesyscloud_x.y}. */
    static String configAddress(String instanceAddress) {
        return String.join(".", segments(instanceAddress));
    }

    /** The module a resource's config address lives in ({@code module.a.module.b.}), empty at the root. */
    static String moduleOf(String configAddress) {
        return modulePrefix(configAddress);
    }

    /** The module prefix of a config address ({@code module.a.module.b.}), empty at the root. */
    private static String modulePrefix(String configAddress) {
        List<String> parts = segments(configAddress);
        int i = 0;
        StringBuilder out = new StringBuilder();
        while (i + 1 < parts.size() && parts.get(i).equals("module")) {
            if (i + 2 == parts.size()) {
                break; // the address is a module call itself: its references are in the calling module
            }
            out.append("module.").append(parts.get(i + 1)).append('.');
            i += 2;
        }
        return out.toString();
    }

    /** Dot-separated segments without instance keys ({@code ["a.b"]} keys may hold dots). */
    private static List<String> segments(String address) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && depth > 0) {
                quoted = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && c == '.') {
                out.add(current.toString());
                current.setLength(0);
            } else if (depth == 0) {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
