package io.cxgate.plan;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code resource_changes} (or {@code resource_drift}), redacted and reduced to
 * what the report and the policies need.
 *
 * @param address         full resource address, e.g. {@code module.queues.genesyscloud_routing_queue.sales}
 * @param moduleAddress   the module part, or null in the root module
 * @param mode            {@code managed} or {@code data}
 * @param index           the instance key as text ({@code 0}, {@code "sales"}), or null
 * @param label           human label such as {@code Queue "Sales"}
 * @param actions         Terraform's raw action list
 * @param importing       the change imports an existing object
 * @param previousAddress the address before a {@code moved} block, or null
 * @param deposed         the deposed object key, or null
 * @param attributes      changed leaves only, in the attribute-path grammar
 * @param replacePaths    attribute paths Terraform names as forcing replacement
 * @param values          full redacted before/after, for policies
 */
public record ResourceChange(String address, String moduleAddress, String mode, String type, String name,
                             String index, String providerName, String label, Action action, List<String> actions,
                             String actionReason, boolean importing, String importId, String previousAddress,
                             String deposed, List<AttributeChange> attributes, List<String> replacePaths,
                             ChangeValues values) {
    public ResourceChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type of " + address);
        Objects.requireNonNull(action, "action of " + address);
        actions = List.copyOf(actions);
        attributes = List.copyOf(attributes);
        replacePaths = List.copyOf(replacePaths);
        values = values == null ? ChangeValues.empty() : values;
    }

    /** Paths of the changed leaves (set-typed attributes by their set path). */
    public List<String> changedPaths() {
        return attributes.stream().map(AttributeChange::path).toList();
    }

    public boolean isDestructive() {
        return action.isDestructive();
    }

    /** Listed in the report's {@code changes}: everything but plain no-ops (an importing no-op is listed). */
    public boolean isReported() {
        return action != Action.NOOP || importing;
    }

    public ResourceChange withAttributes(List<AttributeChange> newAttributes) {
        return new ResourceChange(address, moduleAddress, mode, type, name, index, providerName, label, action, actions,
                actionReason, importing, importId, previousAddress, deposed, newAttributes, replacePaths, values);
    }

    public ResourceChange withValues(ChangeValues newValues) {
        return new ResourceChange(address, moduleAddress, mode, type, name, index, providerName, label, action, actions,
                actionReason, importing, importId, previousAddress, deposed, attributes, replacePaths, newValues);
    }

    public ResourceChange withLabel(String newLabel) {
        return new ResourceChange(address, moduleAddress, mode, type, name, index, providerName, newLabel, action,
                actions, actionReason, importing, importId, previousAddress, deposed, attributes, replacePaths, values);
    }
}
