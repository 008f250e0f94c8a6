package io.cxgate.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSource;
import io.cxgate.plan.ManagedObject;

/**
 * Unmanaged look-alikes: org objects of a managed type that Terraform does not manage, named like a managed one plus
 * what the Admin UI and people add to a copy ({@code Sales 2}, {@code Sales (2)}, {@code Sales - copy},
 * {@code Copy of Sales}, {@code Sales_old}, {@code Sales-test}). Someone's UI-made copy is easy to route to by
 * mistake and is invisible to Terraform; the drift report lists them as warnings.
 */
final class LookAlikes {
    private static final Pattern SUFFIX = Pattern.compile(
            "^(.+?)(?:\\s*[-_(]?\\s*(?:\\d+|copy(?:\\s*\\d+)?|old|new|backup|bak|test|tmp|temp)\\s*\\)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_OF = Pattern.compile("^copy\\s+of\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /** One unmanaged object and the managed one it resembles. */
    record LookAlike(String resourceType, String id, String name, String resembles) {
        String warning() {
            return "unmanaged look-alike: " + resourceType + " '" + name + "' (" + id + ") is not managed by Terraform"
                    + " but is named like managed '" + resembles + "'";
        }
    }

    private LookAlikes() {
    }

    static List<LookAlike> find(List<ManagedObject> managed, OrgSource org) {
        Map<String, Map<String, String>> managedNames = new TreeMap<>();
        Set<String> managedIds = new HashSet<>();
        for (ManagedObject m : managed) {
            if (m.id() != null) {
                managedIds.add(m.id());
            }
            if (m.name() != null && "managed".equals(m.mode())) {
                managedNames.computeIfAbsent(m.type(), t -> new TreeMap<>()).put(normal(m.name()), m.name());
            }
        }
        List<LookAlike> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> type : managedNames.entrySet()) {
            if (!org.resourceTypes().contains(type.getKey())) {
                continue;
            }
            for (OrgObject o : org.objects(type.getKey())) {
                if (managedIds.contains(o.id()) || type.getValue().containsKey(normal(o.name()))) {
                    continue;
                }
                base(o.name()).map(b -> type.getValue().get(normal(b)))
                        .ifPresent(m -> out.add(new LookAlike(type.getKey(), o.id(), o.name(), m)));
            }
        }
        return out.stream().sorted(java.util.Comparator.comparing(LookAlike::resourceType)
                .thenComparing(LookAlike::name)).collect(Collectors.toList());
    }

    /** The name a copy was made from, when {@code name} looks like one. */
    static Optional<String> base(String name) {
        Matcher copyOf = COPY_OF.matcher(name.strip());
        if (copyOf.matches()) {
            return Optional.of(copyOf.group(1));
        }
        Matcher suffix = SUFFIX.matcher(name.strip());
        return suffix.matches() ? Optional.of(suffix.group(1).strip()) : Optional.empty();
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
