package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.Reference;

/** {@code MISSING_REFERENCE}: a planned value names an ID that neither Terraform manages nor the org has. */
final class MissingReferenceCheck implements Check {

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (!PlanFacts.publishes(change)) {
            return;
        }
        for (Reference ref : context.plan().of(change).references()) {
            ref.targets().forEach(type -> wants.type(type, null));
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        if (!PlanFacts.publishes(change)) {
            return List.of();
        }
        OrgIndex org = context.org();
        Naming naming = context.naming();
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Reference ref : context.plan().of(change).references()) {
            if (ref.targets().isEmpty() || !ref.targets().stream().allMatch(org::listed)) {
                continue; // some target type cannot be listed: absence proves nothing
            }
            boolean exists = ref.targets().stream().anyMatch(t -> org.find(t, ref.value()).isPresent());
            if (exists || !reported.add(ref.path() + "=" + ref.value())) {
                continue;
            }
            String target = ref.targets().get(0);
            out.add(new Finding(Finding.Code.MISSING_REFERENCE, Finding.Severity.ERROR, change.address(),
                    new LiveObject(naming.apiType(target), target, ref.value(), null),
                    change.label() + ": " + ref.path() + " refers to " + naming.noun(target) + " ID " + ref.value()
                            + ", which neither Terraform manages nor exists in the org: the apply fails or leaves"
                            + " a dangling reference"));
        }
        return out;
    }
}
