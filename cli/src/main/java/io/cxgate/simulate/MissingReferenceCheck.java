package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cxgate.genesys.source.DivisionView;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.Reference;

/**
 * {@code MISSING_REFERENCE}: a planned value names an ID that neither Terraform manages nor the org has.
 * When the OAuth client may read the target type in some divisions only (issue 15 item 14), the
 * object may live in a division it cannot see: {@code PARTIAL_ORG_VIEW} (info) says the reference went
 * unchecked instead.
 */
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

    /** For a reference the listings lack: whether the client saw every division of its types. */
    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        if (!PlanFacts.publishes(change)) {
            return;
        }
        for (Reference ref : context.plan().of(change).references()) {
            if (missing(ref, context.org())) {
                ref.targets().forEach(wants::divisionView);
            }
        }
    }

    private static boolean missing(Reference ref, OrgIndex org) {
        return !ref.targets().isEmpty() && ref.targets().stream().allMatch(org::listed)
                && ref.targets().stream().noneMatch(t -> org.find(t, ref.value()).isPresent());
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
            Optional<DivisionView> partial = ref.targets().stream().map(org::divisionView).flatMap(Optional::stream)
                    .filter(DivisionView::restricted).findFirst();
            if (partial.isPresent()) {
                out.add(new Finding(Finding.Code.PARTIAL_ORG_VIEW, Finding.Severity.INFO, change.address(),
                        new LiveObject(naming.apiType(target), target, ref.value(), null),
                        change.label() + ": " + ref.path() + " refers to " + naming.noun(target) + " ID " + ref.value()
                                + ", which the org does not show to this OAuth client; its role grants "
                                + partial.get().permission() + " in " + partial.get().divisionIds().size()
                                + " division(s) only, so the object may live in another division: the reference was"
                                + " not checked (grant the role that permission in all divisions for a full check)"));
                continue;
            }
            out.add(new Finding(Finding.Code.MISSING_REFERENCE, Finding.Severity.ERROR, change.address(),
                    new LiveObject(naming.apiType(target), target, ref.value(), null),
                    change.label() + ": " + ref.path() + " refers to " + naming.noun(target) + " ID " + ref.value()
                            + ", which neither Terraform manages nor exists in the org: the apply fails or leaves"
                            + " a dangling reference"));
        }
        return out;
    }
}
