package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cxgate.genesys.source.DivisionView;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.Finding.LiveObject;

/**
 * {@code FLOW_TARGET_MISSING}: a published flow's file names a queue, data action, schedule group,
 * prompt, flow, division, emergency group, contact list, data table, group, user or skill (see
 * {@link ArchyFlow}) that the org lacks after the apply (missing and not created, or deleted, replaced
 * or renamed by this plan).
 */
final class FlowTargetCheck implements Check {

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        context.plan().of(change).availableFlow().ifPresent(file -> {
            for (FlowReference ref : file.flow().references()) {
                wants.type(ref.target().resourceType(), "flow " + change.address() + " references to "
                        + ref.target().noun() + "s are");
            }
        });
    }

    /** For a name the listings lack: whether the client saw every division of that type (issue 15 item 14). */
    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        context.plan().of(change).availableFlow().ifPresent(file -> {
            for (FlowReference ref : file.flow().references()) {
                String type = ref.target().resourceType();
                if (context.org().listed(type) && FlowTargets.existing(context.org(), ref.target(),
                        context.naming().candidates(ref.name())).isEmpty()) {
                    wants.divisionView(type);
                }
            }
        });
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        FlowFile file = context.plan().of(change).availableFlow().orElse(null);
        if (file == null) {
            return List.of();
        }
        ArchyFlow flow = file.flow();
        String flowLabel = flow.name() == null ? change.label() : "Flow \"" + flow.name() + "\"";
        PlanFacts plan = context.plan();
        List<Finding> out = new ArrayList<>();
        for (FlowReference ref : flow.references()) {
            String type = ref.target().resourceType();
            if (!context.org().listed(type)) {
                continue;
            }
            List<String> names = context.naming().candidates(ref.name());
            if (FlowTargets.planned(plan, ref.target(), names)) {
                continue;
            }
            List<OrgObject> existing = FlowTargets.existing(context.org(), ref.target(), names);
            if (existing.stream().anyMatch(o -> FlowTargets.stays(plan, o))) {
                continue;
            }
            String where = " (" + file.filepath() + " line " + ref.line() + ", " + ref.key() + ")";
            String why;
            LiveObject object;
            Optional<DivisionView> partial = context.org().divisionView(type)
                    .filter(DivisionView::restricted);
            if (existing.isEmpty() && partial.isPresent()) {
                out.add(new Finding(Finding.Code.PARTIAL_ORG_VIEW, Finding.Severity.INFO, change.address(),
                        new LiveObject(context.naming().apiType(type), type, null, ref.name()),
                        flowLabel + " refers to " + ref.describe() + where + ", which the org does not show to this"
                                + " OAuth client; its role grants " + partial.get().permission() + " in "
                                + partial.get().divisionIds().size() + " division(s) only, so it may live in another"
                                + " division: the name was not checked (grant the role that permission in all"
                                + " divisions for a full check)"));
                continue;
            }
            if (existing.isEmpty()) {
                why = "which does not exist in the org and is not created by this plan: publishing the flow fails";
                object = new LiveObject(context.naming().apiType(type), type, null, ref.name());
            } else {
                OrgObject gone = existing.get(0);
                ResourceChange remover = plan.removerOf(gone.id()).orElseThrow();
                object = context.naming().live(gone);
                why = switch (remover.action()) {
                    case DELETE -> "which this plan deletes (" + remover.address() + "): the flow breaks";
                    case REPLACE -> "which this plan replaces under another name (" + remover.address()
                            + "): the flow breaks";
                    default -> "which this plan renames to \"" + plan.of(remover).afterName() + "\" ("
                            + remover.address() + "): the flow breaks";
                };
            }
            out.add(new Finding(Finding.Code.FLOW_TARGET_MISSING, Finding.Severity.ERROR, change.address(), object,
                    flowLabel + " refers to " + ref.describe() + where + ", " + why));
        }
        return out;
    }
}
