package io.cxgate.simulate;

import java.util.List;
import java.util.Locale;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * How {@link FlowTargetCheck} decides whether the object a flow names will exist after the apply,
 * for the kinds whose naming differs from the catalog's naming attribute (users by name or email)
 * or whose removal the provider never carries out (the Home division).
 */
final class FlowTargets {
    private FlowTargets() {
    }

    /** Whether this plan creates, or renames something to, one of these names. */
    static boolean planned(PlanFacts plan, FlowTarget target, List<String> names) {
        if (target == FlowTarget.USER) {
            // the catalog names users by email; a flow may name them by their display name
            for (ResourceChange change : plan.changes()) {
                if (target.resourceType().equals(change.type()) && PlanFacts.publishes(change)) {
                    String name = ValuePaths.text(change.values().after(), "name");
                    if (name != null && names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                        return true;
                    }
                }
            }
            return false;
        }
        return plan.plansName(target.resourceType(), names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    /** The org's objects of the target's type with one of these names (users by email: email). */
    static List<OrgObject> existing(OrgIndex org, FlowTarget target, List<String> names) {
        List<OrgObject> found = target == FlowTarget.USER_BY_EMAIL ? org.byEmail(target.resourceType(), names)
                : org.byName(target.resourceType(), names);
        // the emergency-group listing keeps deleted groups (state "deleted"), as the provider's exporter notes
        return found.stream().filter(o -> !"deleted".equalsIgnoreCase(o.text("state"))).toList();
    }

    /**
     * Whether an existing object is still there after the apply: nothing removes or renames it, or
     * what removes it is a delete of the Home division, which the provider only drops from state.
     */
    static boolean stays(PlanFacts plan, OrgObject o) {
        return plan.removerOf(o.id())
                .map(remover -> remover.action() == Action.DELETE && isHomeDivision(o))
                .orElse(true);
    }

    private static boolean isHomeDivision(OrgObject o) {
        return FlowTarget.DIVISION.resourceType().equals(o.resourceType())
                && Boolean.TRUE.equals(o.attributes().get("homeDivision"));
    }
}
