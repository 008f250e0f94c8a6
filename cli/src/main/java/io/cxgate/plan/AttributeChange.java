package io.cxgate.plan;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One changed leaf of a resource, already redacted. For a set-typed attribute there is one
 * entry at the set's path: {@code before} holds the elements removed and {@code after} those
 * added ({@code set} is true).
 *
 * @param path               in the attribute-path grammar, e.g. {@code media_settings_call[0].alerting_timeout_sec}
 * @param before             the value before, or JSON null
 * @param after              the value after, or JSON null (also when {@code afterUnknown})
 * @param afterUnknown       the value is known only after apply
 * @param sensitive          the value is hidden as {@code (sensitive)}
 * @param forcesReplacement  this attribute is why the resource is replaced
 * @param set                a set-typed attribute reported as elements removed and added
 */
public record AttributeChange(String path, JsonNode before, JsonNode after, boolean afterUnknown,
                              boolean sensitive, boolean forcesReplacement, boolean set) {
    public AttributeChange {
        Objects.requireNonNull(path, "path");
        before = before == null ? NullNode.getInstance() : before;
        after = after == null ? NullNode.getInstance() : after;
    }
}
