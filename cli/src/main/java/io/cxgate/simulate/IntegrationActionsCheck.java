package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.ChangeFacts;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * An integration owns its data actions: deleting or replacing it deletes every data action under it,
 * including ones built in the UI ({@code DELETE_IN_USE} / {@code REPLACE_CHANGES_ID} per flow that
 * calls one), and setting {@code intended_state} to {@code DISABLED} stops them without deleting
 * ({@code INTEGRATION_DISABLED}). Data actions nobody calls that Terraform does not manage are lost
 * with a delete or replace: a warning naming them.
 */
final class IntegrationActionsCheck implements Check {
    static final String INTEGRATION = "genesyscloud_integration";
    static final String DATA_ACTION = "genesyscloud_integration_action";

    private enum Kind { DELETE, REPLACE, DISABLE }

    private static Kind kind(ResourceChange change, ChangeFacts facts) {
        if (!INTEGRATION.equals(change.type()) || facts.beforeId() == null) {
            return null;
        }
        return switch (change.action()) {
            case DELETE -> Kind.DELETE;
            case REPLACE -> Kind.REPLACE;
            case UPDATE -> "ENABLED".equalsIgnoreCase(ValuePaths.text(change.values().before(), "intended_state"))
                    && "DISABLED".equalsIgnoreCase(ValuePaths.text(change.values().after(), "intended_state"))
                    ? Kind.DISABLE : null;
            default -> null;
        };
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (kind(change, context.plan().of(change)) != null) {
            wants.type(DATA_ACTION, "the data actions under " + change.address() + " are");
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        ChangeFacts facts = context.plan().of(change);
        if (kind(change, facts) == null) {
            return;
        }
        for (OrgObject action : actions(facts.beforeId(), context)) {
            if (wants.org().tracksDependencies()) {
                wants.consumersOf(action.id(), "DATAACTION");
            } else {
                wants.warn("the org " + wants.org().sourceName() + " holds no dependency edges: which flows call the"
                        + " data actions of " + change.address() + " is not checked");
            }
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        Kind kind = kind(change, facts);
        if (kind == null) {
            return List.of();
        }
        String label = InUseCheck.beforeLabel(change, facts, context.naming());
        List<Finding> out = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (OrgObject action : actions(facts.beforeId(), context)) {
            List<Dependency> callers = new ArrayList<>(context.org().consumersOf(action.id(), "DATAACTION")
                    .orElse(List.of()));
            callers.removeIf(d -> !context.plan().counts(d.consumerId()));
            callers.sort(Comparator.comparing(Dependency::consumerName));
            String actionName = "data action \"" + action.name() + "\""
                    + (context.plan().isManaged(action.id()) ? "" : " (not managed by Terraform)");
            if (callers.isEmpty() && kind != Kind.DISABLE && !context.plan().isManaged(action.id())) {
                unused.add(action.name());
            }
            for (Dependency caller : callers) {
                String who = "flow \"" + caller.consumerName() + "\" (" + caller.consumerType() + ")";
                String what = switch (kind) {
                    case DELETE -> label + " is deleted, and with it its " + actionName + ", which " + who
                            + " calls: those calls fail";
                    case REPLACE -> label + " is replaced: the old integration and its " + actionName
                            + " are deleted, and " + who + " still calls the old action: those calls fail";
                    case DISABLE -> label + " is disabled (intended_state DISABLED), so its " + actionName
                            + " stops working, and " + who + " calls it: those calls fail until it is enabled again";
                };
                Finding.Code code = switch (kind) {
                    case DELETE -> Finding.Code.DELETE_IN_USE;
                    case REPLACE -> Finding.Code.REPLACE_CHANGES_ID;
                    case DISABLE -> Finding.Code.INTEGRATION_DISABLED;
                };
                out.add(new Finding(code, Finding.Severity.ERROR, change.address(),
                        new LiveObject(caller.consumerType(), Naming.FLOW, caller.consumerId(), caller.consumerName()),
                        what));
            }
        }
        if (!unused.isEmpty()) {
            out.add(new Finding(kind == Kind.DELETE ? Finding.Code.DELETE_IN_USE : Finding.Code.REPLACE_CHANGES_ID,
                    Finding.Severity.WARNING, change.address(), null, label + " is "
                    + kind.name().toLowerCase(Locale.ROOT) + "d, which deletes its data actions that Terraform does not"
                    + " manage (" + String.join(", ", unused) + "); no published flow calls them, but whatever was"
                    + " built on them in the UI is lost"));
        }
        return out;
    }

    private static List<OrgObject> actions(String integrationId, Context context) {
        return context.org().all(DATA_ACTION).stream()
                .filter(a -> integrationId.equals(a.text("integrationId")) && context.plan().counts(a.id()))
                .sorted(Comparator.comparing(OrgObject::name)).toList();
    }
}
