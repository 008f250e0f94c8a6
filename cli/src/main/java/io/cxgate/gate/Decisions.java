package io.cxgate.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/** The gate's rule for two decisions about one bundle (the recorded one and the one made now): the stricter wins. */
public final class Decisions {
    private Decisions() {
    }

    /**
     * Deny when either denies (the reasons of both denials); else approvals required when either requires them, the
     * union of both requirements (each group at its higher count); else allow.
     */
    public static Decision stricter(Decision recorded, Decision now) {
        Set<String> reasons = new LinkedHashSet<>();
        if (recorded.outcome() == Decision.Outcome.DENY || now.outcome() == Decision.Outcome.DENY) {
            for (Decision d : List.of(recorded, now)) {
                if (d.outcome() == Decision.Outcome.DENY) {
                    reasons.addAll(d.reasons());
                }
            }
            return new Decision.Deny(new ArrayList<>(reasons));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Decision d : List.of(recorded, now)) {
            for (RequiredApproval a : d.requiredApprovals()) {
                counts.merge(a.group(), a.count(), Math::max);
            }
            reasons.addAll(d.reasons());
        }
        if (counts.isEmpty()) {
            return new Decision.Allow(new ArrayList<>(reasons));
        }
        List<RequiredApproval> required = new ArrayList<>();
        counts.forEach((group, count) -> required.add(new RequiredApproval(group, count)));
        return new Decision.ApprovalRequired(required, new ArrayList<>(reasons));
    }
}
