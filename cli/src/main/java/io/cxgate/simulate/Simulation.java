package io.cxgate.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the live-org check found.
 *
 * @param source   where the org came from
 * @param requests Platform API requests it took (0 for a snapshot)
 * @param findings in plan order, drift last
 * @param warnings what could not be checked and why (e.g. a snapshot exported without a type)
 */
public record Simulation(Source source, int requests, List<Finding> findings, List<String> warnings) {

    public Simulation {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** {@code simulation.source} in the report: none, snapshot or live. */
    public enum Source {
        NONE, SNAPSHOT, LIVE;

        /** {@code none}, {@code snapshot} or {@code live}, as JSON and CEL write it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source of(String id) {
            for (Source s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("simulation source must be none, snapshot or live, was " + id);
        }
    }

    /** No simulation asked for. */
    public static Simulation none() {
        return new Simulation(Source.NONE, 0, List.of(), List.of());
    }

    public List<Finding> findingsFor(String address) {
        return findings.stream().filter(f -> address.equals(f.address())).toList();
    }

    public List<Finding> findings(Finding.Code code) {
        return findings.stream().filter(f -> code == f.code()).toList();
    }
}
