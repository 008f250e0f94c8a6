package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.ConsumerScan.Consumer;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * {@code DELETE_IN_USE} and {@code REPLACE_CHANGES_ID}: a deleted or replaced object that objects
 * outside this plan still use ({@link ConsumerScan}).
 */
final class InUseCheck implements Check {
    private final ConsumerScan scan;

    InUseCheck(ConsumerScan scan) {
        this.scan = scan;
    }

    private static boolean applies(ResourceChange change) {
        return change.action() == Action.DELETE || change.action() == Action.REPLACE;
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        String id = context.plan().of(change).beforeId();
        if (applies(change) && id != null) {
            scan.want(change, id, dependencyType(change, context), wants);
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        ChangeFacts facts = context.plan().of(change);
        if (applies(change) && Naming.FLOW.equals(change.type()) && facts.beforeFlowObjectType() == null
                && facts.beforeId() != null) {
            context.org().find(Naming.FLOW, facts.beforeId())
                    .ifPresent(f -> scan.wantLookup(change, f.id(), f.apiType(), wants));
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        String id = facts.beforeId();
        if (!applies(change) || id == null) {
            return List.of();
        }
        String objectType = dependencyType(change, context);
        if (objectType == null && Naming.FLOW.equals(change.type())) {
            objectType = context.org().find(Naming.FLOW, id).map(OrgObject::apiType).orElse(null);
        }
        ConsumerScan.Found found = scan.find(change, id, objectType, context);
        boolean replace = change.action() == Action.REPLACE;
        String label = beforeLabel(change, facts, context.naming());
        Finding.Code code = replace ? Finding.Code.REPLACE_CHANGES_ID : Finding.Code.DELETE_IN_USE;
        List<Finding> out = new ArrayList<>();
        for (Consumer consumer : found.consumers()) {
            String message = replace
                    ? label + " is replaced, so it gets a new ID, but " + consumer.display() + ", " + consumer.owner()
                            + ", still refers to the old one: that " + consumer.noun() + " breaks"
                    : label + " is still used by " + consumer.display() + ", " + consumer.owner()
                            + ": deleting it breaks that " + consumer.noun();
            out.add(new Finding(code, Finding.Severity.ERROR, change.address(), consumer.object(), message));
        }
        if (!found.holders().isEmpty()) {
            // holders alone are a clean-up, not breakage: an error only when something routes with it
            Finding.Severity severity = found.consumers().isEmpty() ? Finding.Severity.WARNING : Finding.Severity.ERROR;
            out.add(holdersFinding(change, label, code, severity, found.holders(), context));
        }
        return out;
    }

    private static Finding holdersFinding(ResourceChange change, String label, Finding.Code code,
            Finding.Severity severity, List<OrgObject> users, Context context) {
        boolean replace = code == Finding.Code.REPLACE_CHANGES_ID;
        boolean anyManaged = users.stream().anyMatch(u -> context.plan().isManaged(u.id()));
        String whose = anyManaged ? "this plan does not update" : "Terraform does not manage";
        String noun = Naming.SKILL.equals(change.type()) ? "skill" : "language";
        String names = Naming.names(users);
        String count = users.size() + (users.size() == 1 ? " user " : " users ");
        String message = replace
                ? label + " is replaced, so it gets a new ID, but " + count + whose + " (" + names
                        + ") hold the old one: they lose the " + noun
                : label + " is still held by " + count + whose + " (" + names + "): deleting it takes the "
                        + noun + " away from them and changes how their interactions are routed";
        if (severity == Finding.Severity.WARNING) {
            boolean allInactive = users.stream().allMatch(u -> "inactive".equals(u.text("state")));
            message += allInactive ? "; all of them are inactive and nothing routes with it: a clean-up after agents"
                    + " left" : "; nothing routes with it (no flow, email route or queue uses it)";
        }
        return new Finding(code, severity, change.address(), context.naming().live(users.get(0)), message);
    }

    /**
     * The dependency-tracking type of a deleted or replaced object, or null when it has none (a
     * flow whose type the plan does not say: the org's flow list tells).
     */
    private static String dependencyType(ResourceChange change, Context context) {
        if (Naming.FLOW.equals(change.type())) {
            return context.plan().of(change).beforeFlowObjectType();
        }
        return context.naming().apiType(change.type());
    }

    /** {@code Skill "Spanish"}: the object as it is before the change. */
    static String beforeLabel(ResourceChange change, ChangeFacts facts, Naming naming) {
        String name = facts.beforeName();
        return name == null ? change.label() : naming.label(change.type()) + " \"" + name + "\"";
    }
}
