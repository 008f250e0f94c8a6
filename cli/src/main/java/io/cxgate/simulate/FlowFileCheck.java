package io.cxgate.simulate;

import java.util.List;

import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/** {@code FLOW_FILE_UNAVAILABLE}: a published flow whose file cannot be read, so its targets go unchecked. */
final class FlowFileCheck implements Check {

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        FlowFile file = facts.flow();
        if (file == null || file.available()) {
            return List.of();
        }
        String id = facts.beforeId();
        String objectType = facts.beforeFlowObjectType();
        LiveObject object = id == null ? null : new LiveObject(objectType == null ? "FLOW" : objectType,
                Naming.FLOW, id, facts.beforeFlowName());
        return List.of(new Finding(Finding.Code.FLOW_FILE_UNAVAILABLE, Finding.Severity.WARNING, change.address(),
                object, change.label() + ": " + file.problem() + ". The queues, data actions and other objects it"
                        + " names were not checked"));
    }
}
