package io.cxgate.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cxgate.config.EnvironmentConfig;
import io.cxgate.yaml.FieldPath;
import io.cxgate.yaml.YamlSource;

/** Checks {@code promotedFrom}: it names a known environment, and following it never comes back. */
final class Promotions {
    private Promotions() {
    }

    static void check(Map<String, EnvironmentConfig> environments, YamlSource source) {
        for (EnvironmentConfig env : environments.values()) {
            env.promotedFrom().ifPresent(from -> {
                if (!environments.containsKey(from)) {
                    throw source.valueError(at(env.name()), "unknown environment '" + from + "' (known: "
                            + String.join(", ", environments.keySet()) + ")");
                }
            });
        }
        for (EnvironmentConfig env : environments.values()) {
            List<String> chain = new ArrayList<>(List.of(env.name()));
            for (String from = env.promotedFrom().orElse(null); from != null;
                    from = environments.get(from).promotedFrom().orElse(null)) {
                chain.add(from);
                if (from.equals(env.name())) {
                    throw source.valueError(at(env.name()), "promotion cycle: " + String.join(" <- ", chain));
                }
                if (chain.indexOf(from) < chain.size() - 1) {
                    break; // a cycle that does not pass through env: reported when its first member is checked
                }
            }
        }
    }

    private static FieldPath at(String env) {
        return FieldPath.of("environments", env, "promotedFrom");
    }
}
