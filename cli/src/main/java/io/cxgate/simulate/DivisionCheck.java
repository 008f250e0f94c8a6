package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.PlanFacts.ChangeFacts;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * {@code DIVISION_NOT_EMPTY} (issue 15 item 8): a division deleted or replaced while objects this plan
 * does not change still live in it. The provider deletes without {@code force}, so the API refuses a division
 * that holds objects (the provider retries the 400 until it times out, and the apply fails half way). One
 * finding per division and object type, naming the objects. The types asked for are those with a division:
 * every catalog type with a {@code division_id} attribute that the org source lists, and flows (whose
 * division is in their file). The Home division is never deleted by the provider, so it is left out.
 */
final class DivisionCheck implements Check {
    static final String DIVISION = "genesyscloud_auth_division";

    private static boolean applies(ResourceChange change, ChangeFacts facts) {
        return DIVISION.equals(change.type()) && facts.beforeId() != null
                && (change.action() == Action.DELETE || change.action() == Action.REPLACE)
                && !change.values().before().path("home").asBoolean(false);
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (!applies(change, context.plan().of(change))) {
            return;
        }
        wants.type(DIVISION, null);
        for (String type : typesWithDivisions(context, wants)) {
            wants.type(type, "whether " + context.naming().label(type).toLowerCase(java.util.Locale.ROOT)
                    + " objects still live in " + change.address() + " is");
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        if (!applies(change, facts)) {
            return List.of();
        }
        String id = facts.beforeId();
        if (context.org().find(DIVISION, id).map(d -> Boolean.TRUE.equals(d.attributes().get("homeDivision")))
                .orElse(false)) {
            return List.of(); // the provider drops the Home division from state without deleting it
        }
        String name = ValuePaths.text(change.values().before(), "name");
        String label = "Division \"" + (name == null ? id : name) + "\"";
        String what = change.action() == Action.REPLACE ? " is replaced (deleted, then created again)" : " is deleted";
        List<Finding> out = new ArrayList<>();
        for (String type : context.org().listedTypes().stream().sorted().toList()) {
            List<OrgObject> inside = context.org().all(type).stream()
                    .filter(o -> id.equals(o.division()) && context.plan().counts(o.id()))
                    .sorted(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id)).toList();
            if (inside.isEmpty() || DIVISION.equals(type)) {
                continue;
            }
            String noun = context.naming().noun(type);
            boolean anyManaged = inside.stream().anyMatch(o -> context.plan().isManaged(o.id()));
            String objects = inside.size() == 1 ? noun + " \"" + inside.get(0).name() + "\""
                    : inside.size() + " objects of type " + noun + " (" + Naming.names(inside) + ")";
            out.add(new Finding(Finding.Code.DIVISION_NOT_EMPTY, Finding.Severity.ERROR, change.address(),
                    context.naming().live(inside.get(0)), label + what + ", but " + objects + ", which " + (anyManaged ? "this plan does not change or move" : "Terraform does not manage")
                    + ", still " + (inside.size() == 1 ? "lives" : "live") + " in it: the API refuses to delete a division that holds objects, so the apply"
                    + " fails; move or delete them first"));
        }
        return out;
    }

    /** The types whose objects carry a division, as far as the org source lists them. */
    private static Set<String> typesWithDivisions(Context context, Wants wants) {
        Set<String> out = new LinkedHashSet<>();
        for (String type : wants.org().resourceTypes()) {
            boolean hasDivision = Naming.FLOW.equals(type) || context.naming().catalog().type(type)
                    .map(t -> t.attributes().containsKey("division_id")).orElse(false);
            if (hasDivision) {
                out.add(type);
            }
        }
        return out;
    }
}
