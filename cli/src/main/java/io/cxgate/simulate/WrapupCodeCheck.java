package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * A wrap-up code deleted or replaced while queues outside this plan still offer it
 * ({@code DELETE_IN_USE} / {@code REPLACE_CHANGES_ID}, one per queue): agents wrapping up on that
 * queue lose the code, and reporting on it stops. Which codes a queue offers is only listed per queue
 * ({@code GET /api/v2/routing/queues/{id}/wrapupcodes}), so every queue this plan does not change is
 * asked once, for all deleted codes together, and only when the plan deletes or replaces one. A queue
 * that Terraform manages and changes in this plan is left out: its {@code wrapup_codes} are the plan's.
 */
final class WrapupCodeCheck implements Check {
    static final String WRAPUP_CODE = "genesyscloud_routing_wrapupcode";
    static final String QUEUE = "genesyscloud_routing_queue";

    /** A wrap-up code that goes: deleted, or replaced (a new ID). */
    static boolean applies(ResourceChange change, ChangeFacts facts) {
        return WRAPUP_CODE.equals(change.type()) && facts.beforeId() != null
                && (change.action() == Action.DELETE || change.action() == Action.REPLACE);
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (applies(change, context.plan().of(change))) {
            wants.type(QUEUE, "which queues offer " + change.address() + " is");
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        if (!applies(change, context.plan().of(change))) {
            return;
        }
        List<String> untold = new ArrayList<>();
        for (OrgObject queue : queues(context)) {
            if (!context.org().askedWrapupCodes(queue.id())) {
                wants.wrapupCodesOf(queue.id());
            } else if (context.org().wrapupCodesOf(queue.id()).isEmpty()) {
                untold.add(queue.name()); // asked, and the source cannot tell (a snapshot exported before)
            }
        }
        if (!untold.isEmpty()) {
            wants.warn("the org " + wants.org().sourceName() + " does not tell which wrap-up codes " + untold.size()
                    + (untold.size() == 1 ? " queue offers" : " queues offer") + " (exported before cxgate listed"
                    + " them; export again): whether they still offer " + change.address() + " is not checked");
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        if (!applies(change, facts)) {
            return List.of();
        }
        String id = facts.beforeId();
        String label = InUseCheck.beforeLabel(change, facts, context.naming());
        boolean replace = change.action() == Action.REPLACE;
        List<Finding> out = new ArrayList<>();
        for (OrgObject queue : queues(context)) {
            Optional<List<String>> codes = context.org().wrapupCodesOf(queue.id());
            if (codes.isEmpty() || !codes.get().contains(id)) {
                continue;
            }
            String owner = context.plan().isManaged(queue.id())
                    ? "which Terraform manages without its wrap-up codes" : "which Terraform does not manage";
            String message = replace
                    ? label + " is replaced, so it gets a new ID, but queue \"" + queue.name() + "\", " + owner
                            + ", still offers the old one: agents wrapping up on that queue lose it until the new"
                            + " code is added to the queue"
                    : label + " is still offered by queue \"" + queue.name() + "\", " + owner + ": deleting it takes"
                            + " it away from the agents who wrap up interactions on that queue";
            out.add(new Finding(replace ? Finding.Code.REPLACE_CHANGES_ID : Finding.Code.DELETE_IN_USE,
                    Finding.Severity.ERROR, change.address(), context.naming().live(queue), message));
        }
        return out;
    }

    /** The org's queues that this plan does not change, by name. */
    private static List<OrgObject> queues(Context context) {
        return context.org().all(QUEUE).stream().filter(q -> context.plan().counts(q.id()))
                .sorted(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id)).toList();
    }

}
