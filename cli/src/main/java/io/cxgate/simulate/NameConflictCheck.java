package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * {@code NAME_CONFLICT}: a create whose name an object outside Terraform's state already has, and a
 * flow update that publishes under a name an unmanaged flow of the same type has (publishing
 * overwrites that flow).
 */
final class NameConflictCheck implements Check {

    private static boolean applies(ResourceChange change, Context context) {
        return change.action() == Action.CREATE
                || FlowIdentityCheck.applies(change, context.plan().of(change));
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (!applies(change, context)) {
            return;
        }
        if (Naming.FLOW.equals(change.type()) || context.plan().of(change).afterName() != null) {
            wants.type(change.type(), null);
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        if (!applies(change, context)) {
            return List.of();
        }
        ChangeFacts facts = context.plan().of(change);
        return Naming.FLOW.equals(change.type()) ? flow(change, facts, context) : named(change, facts, context);
    }

    private List<Finding> flow(ResourceChange change, ChangeFacts facts, Context context) {
        FlowFile file = facts.availableFlow().orElse(null);
        if (file == null || file.flow().name() == null || !context.org().listed(Naming.FLOW)) {
            return List.of();
        }
        String name = file.flow().name();
        String objectType = file.flow().objectType();
        List<Finding> out = new ArrayList<>();
        for (OrgObject existing : context.org().byName(Naming.FLOW, context.naming().candidates(name))) {
            if (existing.apiType().equals(objectType) && !context.plan().isManaged(existing.id())) {
                out.add(new Finding(Finding.Code.NAME_CONFLICT, Finding.Severity.ERROR, change.address(),
                        context.naming().live(existing), "Flow \"" + name + "\" (" + objectType
                        + ") already exists in the org and Terraform does not manage it: publishing this"
                        + " flow overwrites it. " + (change.action() == Action.CREATE
                                ? "To manage the existing flow, import it:\n" + importBlock(change, existing)
                                : "The update renames the flow onto it: keep the old name, or retire the other"
                                        + " flow first")));
            }
        }
        return out;
    }

    private List<Finding> named(ResourceChange change, ChangeFacts facts, Context context) {
        String name = facts.afterName();
        OrgIndex org = context.org();
        if (name == null || !org.listed(change.type())) {
            return List.of();
        }
        List<String> candidates = context.naming().candidates(name);
        List<OrgObject> existing = Naming.USER.equals(change.type()) ? org.byEmail(change.type(), candidates)
                : org.byName(change.type(), candidates);
        List<Finding> out = new ArrayList<>();
        for (OrgObject o : existing) {
            if (context.plan().isManaged(o.id())) {
                continue;
            }
            out.add(new Finding(Finding.Code.NAME_CONFLICT, Finding.Severity.ERROR, change.address(),
                    context.naming().live(o), context.naming().label(change.type()) + " \"" + name
                            + "\" already exists in the org (ID " + o.id() + ") and Terraform does not manage it:"
                            + " creating it fails or makes a duplicate. To manage the existing one, import it:\n"
                            + importBlock(change, o)));
        }
        return out;
    }

    /** HCL takes one argument per line in a block: the block is printed ready to paste. */
    static String importBlock(ResourceChange change, OrgObject existing) {
        return "import {\n  to = " + change.address() + "\n  id = \"" + existing.id() + "\"\n}";
    }
}
