package io.cxgate.policy;

import java.util.Objects;

import io.cxgate.yaml.Mark;

/**
 * Where a rule was written, for messages such as {@code policies/queues.yaml: line 14, column 16:
 * rules[2].condition: …}.
 *
 * @param file      the policy file as messages name it
 * @param path      the rule's place in the document, e.g. {@code rules[2]}
 * @param at        the rule itself
 * @param condition its condition's value (the rule when the condition is defaulted)
 * @param message   its message's value (the rule when the message is defaulted)
 */
public record RuleSource(String file, String path, Mark at, Mark condition, Mark message) {
    public RuleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + at;
    }
}
