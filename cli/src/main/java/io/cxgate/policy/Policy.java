package io.cxgate.policy;

import java.util.List;
import java.util.Objects;

/** A {@code kind: Policy} document: a name and its rules, in file order. */
public record Policy(String name, String description, String file, List<Rule> rules) {
    public Policy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        rules = List.copyOf(rules);
    }
}
