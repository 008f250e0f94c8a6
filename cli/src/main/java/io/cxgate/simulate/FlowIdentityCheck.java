package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;

import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.ConsumerScan.Consumer;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * {@code FLOW_RENAMED_NEW_ID}: a flow update whose file publishes under another name or type. The
 * provider publishes flows by name and type ({@code /api/v2/flows/jobs}) and then takes the job's
 * flow ID, so the update makes a new flow while the plan shows the old ID; IVRs, DIDs, queues,
 * routes and other flows keep using the old flow. An error per consumer of the old flow; without
 * consumers a warning that the old flow stays in the org, unmanaged.
 */
final class FlowIdentityCheck implements Check {
    private final ConsumerScan scan;

    FlowIdentityCheck(ConsumerScan scan) {
        this.scan = scan;
    }

    static boolean applies(ResourceChange change, ChangeFacts facts) {
        return change.action() == Action.UPDATE && Naming.FLOW.equals(change.type()) && facts.publishesNewFlow();
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        ChangeFacts facts = context.plan().of(change);
        if (applies(change, facts)) {
            scan.want(change, facts.beforeId(), facts.beforeFlowObjectType(), wants);
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        ChangeFacts facts = context.plan().of(change);
        if (applies(change, facts) && facts.beforeFlowObjectType() == null) {
            context.org().find(Naming.FLOW, facts.beforeId())
                    .ifPresent(f -> scan.wantLookup(change, f.id(), f.apiType(), wants));
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        if (!applies(change, facts)) {
            return List.of();
        }
        String id = facts.beforeId();
        String objectType = facts.beforeFlowObjectType();
        if (objectType == null) {
            objectType = context.org().find(Naming.FLOW, id).map(o -> o.apiType()).orElse(null);
        }
        FlowFile file = facts.flow();
        String oldName = facts.beforeFlowName() == null ? id : facts.beforeFlowName();
        String newName = file.flow().name() == null ? oldName : file.flow().name();
        String what = "Flow \"" + oldName + "\"" + (objectType == null ? "" : " (" + objectType + ")")
                + " is published from " + file.filepath() + " as \"" + newName + "\" (" + file.flow().objectType()
                + "), another name or type: the provider publishes by name and type, so this makes a new flow with"
                + " a new ID while the plan shows an update of the old one";
        List<Finding> out = new ArrayList<>();
        for (Consumer consumer : scan.find(change, id, objectType, context).consumers()) {
            out.add(new Finding(Finding.Code.FLOW_RENAMED_NEW_ID, Finding.Severity.ERROR, change.address(),
                    consumer.object(), what + "; " + consumer.display() + ", " + consumer.owner()
                            + ", keeps using the old flow and never gets this release. Publish under the old name"
                            + " and type, or repoint the " + consumer.noun() + " in the same plan"));
        }
        if (out.isEmpty()) {
            out.add(new Finding(Finding.Code.FLOW_RENAMED_NEW_ID, Finding.Severity.WARNING, change.address(),
                    new LiveObject(objectType == null ? "FLOW" : objectType, Naming.FLOW, id, oldName),
                    what + "; nothing outside this plan uses the old flow, which stays in the org, no longer"
                            + " managed by Terraform"));
        }
        return out;
    }
}
