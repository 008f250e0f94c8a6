package io.cxgate.policy;

import java.util.List;
import java.util.Objects;

/** A {@code kind: PolicyTest} document: named cases, in file order. */
public record PolicyTestSuite(String name, String file, List<PolicyTestCase> cases) {
    public PolicyTestSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        cases = List.copyOf(cases);
    }
}
