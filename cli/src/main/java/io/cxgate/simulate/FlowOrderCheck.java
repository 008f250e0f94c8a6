package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * {@code FLOW_TARGET_UNORDERED} (warning, issue 15 item 9): a published flow's file names an object
 * this plan creates, and the configuration puts no order between them: the flow resource neither
 * references it (directly, through other resources or its module's arguments) nor lists it in
 * {@code depends_on}. {@code genesyscloud_flow} has no reference attributes, so Terraform may publish
 * the flow first and the Architect job fails on the missing name. Needs the plan's
 * {@code configuration}; a plan without one gets no such finding.
 */
final class FlowOrderCheck implements Check {

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        FlowFile file = context.plan().of(change).availableFlow().orElse(null);
        PlanOrdering ordering = new PlanOrdering(context.plan().plan().configuration());
        String flowAddress = PlanOrdering.configAddress(change.address());
        if (file == null || !ordering.knows(flowAddress)) {
            return List.of();
        }
        ArchyFlow flow = file.flow();
        String flowLabel = flow.name() == null ? change.label() : "Flow \"" + flow.name() + "\"";
        List<Finding> out = new ArrayList<>();
        for (FlowReference ref : flow.references()) {
            List<String> names = context.naming().candidates(ref.name());
            for (ResourceChange creator : creators(context, ref.target(), names)) {
                String creatorAddress = PlanOrdering.configAddress(creator.address());
                if (creator == change || ordering.after(flowAddress, creatorAddress)) {
                    continue;
                }
                String type = ref.target().resourceType();
                out.add(new Finding(Finding.Code.FLOW_TARGET_UNORDERED, Finding.Severity.WARNING, change.address(),
                        new LiveObject(context.naming().apiType(type), type, null, ref.name()),
                        flowLabel + " refers to " + ref.describe() + " (" + file.filepath() + " line " + ref.line()
                                + ", " + ref.key() + "), which this plan creates (" + creator.address() + "), but "
                                + change.address() + " neither references it nor depends on it: a flow has no"
                                + " reference attributes, so Terraform may publish it first and publishing fails; "
                                + fix(flowAddress, creatorAddress)));
            }
        }
        return out;
    }

    /** What to write: a depends_on in the flow's block, or on its module call when the two live in different modules. */
    static String fix(String flowAddress, String creatorAddress) {
        String flowModule = PlanOrdering.moduleOf(flowAddress);
        String creatorModule = PlanOrdering.moduleOf(creatorAddress);
        if (flowModule.equals(creatorModule)) {
            return "add depends_on = [" + creatorAddress.substring(flowModule.length()) + "]";
        }
        String target = creatorModule.isEmpty() ? creatorAddress : creatorModule.substring(0, creatorModule.length() - 1);
        return flowModule.isEmpty() ? "add depends_on = [" + target + "]"
                : "order " + flowModule.substring(0, flowModule.length() - 1) + " after " + target
                        + " (depends_on on the module call, or pass the name in from it)";
    }

    /** The changes of this plan that create (or replace into) an object of the target's kind with one of the names. */
    private static List<ResourceChange> creators(Context context, FlowTarget target, List<String> names) {
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        List<ResourceChange> out = new ArrayList<>();
        for (ResourceChange c : context.plan().changes()) {
            if (!target.resourceType().equals(c.type()) || (c.action() != Action.CREATE && c.action() != Action.REPLACE)) {
                continue;
            }
            PlanFacts.ChangeFacts facts = context.plan().of(c);
            String name = switch (target) {
                case FLOW -> facts.flowName();
                case USER -> ValuePaths.text(c.values().after(), "name");
                default -> facts.afterName();
            };
            if (name != null && lower.contains(name.toLowerCase(Locale.ROOT))) {
                out.add(c);
            }
        }
        return out;
    }
}
