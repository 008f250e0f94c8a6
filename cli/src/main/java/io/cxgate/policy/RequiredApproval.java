package io.cxgate.policy;

import java.util.Objects;

/** Approvals needed from one approver group. */
public record RequiredApproval(String group, int count) {
    public RequiredApproval {
        Objects.requireNonNull(group, "group");
        if (count < 1) {
            throw new IllegalArgumentException("approval count must be at least 1, was " + count + " for " + group);
        }
    }
}
