package io.cxgate.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Terraform plan as cxgate keeps it: summary counts for every change, details for the changes
 * that do something, drift, outputs, what the prior state manages, and the plan's own status.
 * Every value in it is already redacted.
 *
 * @param source           the file it was read from, as the user named it
 * @param digest           {@code sha256:<hex>} of the file's bytes
 * @param changes          resource changes that are not plain no-ops, in plan order
 * @param drift            entries of {@code resource_drift}
 * @param managed          resource instances of the prior state
 */
public record Plan(String source, String digest, String formatVersion, String terraformVersion, boolean errored,
                   boolean complete, Summary summary, List<ResourceChange> changes,
                   List<ResourceChange> drift, List<OutputChange> outputs, List<ManagedObject> managed,
                   PlanConfiguration configuration) {
    public Plan {
        Objects.requireNonNull(summary, "summary");
        changes = List.copyOf(changes);
        drift = List.copyOf(drift);
        outputs = List.copyOf(outputs);
        managed = List.copyOf(managed);
        configuration = configuration == null ? PlanConfiguration.EMPTY : configuration;
    }

    /**
     * Why this plan must not be allowed whatever the policies say: errored, incomplete, or an
     * action list cxgate does not know. Empty when the plan is sound.
     */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        if (errored) {
            problems.add("the plan errored: Terraform could not finish planning, so it is not the whole change");
        }
        if (!complete) {
            problems.add("the plan is incomplete (complete: false): more changes would follow a later apply");
        }
        for (ResourceChange change : changes) {
            if (change.action() == Action.UNKNOWN) {
                problems.add(change.address() + ": unknown action list " + change.actions());
            }
        }
        return problems;
    }

    public Optional<ResourceChange> change(String address) {
        return changes.stream().filter(c -> c.address().equals(address)).findFirst();
    }
}
