package io.cxgate.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/**
 * What a decision requires and what the approvals for this bundle give (ARCHITECTURE.md, "Approvals"): per required
 * group, the approvals that count (one per identity, the earliest; only identities still in the group now) and how
 * many are missing.
 */
public record ApprovalStatus(Decision decision, List<Group> groups) {
    public ApprovalStatus {
        Objects.requireNonNull(decision, "decision");
        groups = List.copyOf(groups);
    }

    /**
     * @param counted the approvals that count, earliest first
     * @param ignored approvals for this group that do not count, because their identity is no longer in it
     */
    public record Group(String group, int required, List<GivenApproval> counted, List<GivenApproval> ignored) {
        public Group {
            counted = List.copyOf(counted);
            ignored = List.copyOf(ignored);
        }

        public int missing() {
            return Math.max(0, required - counted.size());
        }
    }

    /**
     * @param approvals the approval entries for this bundle digest and environment, in chain order
     * @param members   the config's approver groups now (group → identities)
     */
    public static ApprovalStatus of(Decision decision, List<GivenApproval> approvals, Map<String, List<String>> members) {
        List<Group> groups = new ArrayList<>();
        for (RequiredApproval required : decision.requiredApprovals()) {
            Set<String> inGroup = members.getOrDefault(required.group(), List.of()).stream()
                    .map(io.cxgate.identity.Identity::key).collect(Collectors.toSet());
            Map<String, GivenApproval> counted = new LinkedHashMap<>();
            List<GivenApproval> ignored = new ArrayList<>();
            for (GivenApproval approval : approvals) {
                if (!approval.group().equals(required.group())) {
                    continue;
                }
                String key = io.cxgate.identity.Identity.key(approval.identity().strip());
                if (!inGroup.contains(key)) {
                    ignored.add(approval);
                } else {
                    counted.putIfAbsent(key, approval);
                }
            }
            groups.add(new Group(required.group(), required.count(), new ArrayList<>(counted.values()), ignored));
        }
        return new ApprovalStatus(decision, groups);
    }

    public boolean denied() {
        return decision.outcome() == Decision.Outcome.DENY;
    }

    /** Not denied, and every required group has its count. */
    public boolean satisfied() {
        return !denied() && groups.stream().allMatch(g -> g.missing() == 0);
    }

    /** {@code cc-operations 1 of 1, cx-leads 0 of 2}: what is missing, for messages. */
    public String missingText() {
        return groups.stream().filter(g -> g.missing() > 0)
                .map(g -> g.group() + " " + g.counted().size() + " of " + g.required())
                .collect(Collectors.joining(", "));
    }
}
