package io.cxgate.simulate;

import java.util.Objects;

/**
 * A by-name reference in an Archy flow file: the object must exist in the org when the flow is
 * published.
 *
 * @param target what kind of object
 * @param name   its name as the flow writes it (after substitution; a user prompt without its
 *               {@code Prompt.} prefix)
 * @param detail more about where it points, e.g. {@code category "CRM Web Services"} for a data
 *               action, or null
 * @param key    the YAML key that holds the reference, e.g. {@code targetQueue}, {@code dataAction}
 * @param line   1-based line in the flow file
 */
public record FlowReference(FlowTarget target, String name, String detail, String key, int line) {
    public FlowReference {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }

    /** {@code queue "Sales"}, for tests and messages. */
    public String describe() {
        return target.noun() + " \"" + name + "\"" + (detail == null ? "" : " (" + detail + ")");
    }
}
