package io.cxgate.simulate;

import java.util.List;
import java.util.Objects;

/**
 * What the live-org check found.
 *
 * @param source   {@code none}, {@code snapshot} or {@code live}
 * @param requests Platform API requests it took (0 for a snapshot)
 * @param findings in plan order, drift last
 * @param warnings what could not be checked and why (e.g. a snapshot exported without a type)
 */
public record Simulation(String source, int requests, List<Finding> findings, List<String> warnings) {
    public static final String NONE = "none";

    public Simulation {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** No simulation asked for. */
    public static Simulation none() {
        return new Simulation(NONE, 0, List.of(), List.of());
    }

    public List<Finding> findingsFor(String address) {
        return findings.stream().filter(f -> address.equals(f.address())).toList();
    }

    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> code.equals(f.code())).toList();
    }
}
