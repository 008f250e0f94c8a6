package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * A wrap-up code deleted or replaced while the org's outbound wrap-up code mappings still map it
 * ({@code DELETE_IN_USE} / {@code REPLACE_CHANGES_ID}, naming the mapping's flags): dialer campaigns
 * classify contacts wrapped up with a code by those flags (uncallable contact or number, right party
 * contact, business success …). The mappings are one object per org ({@code GET
 * /api/v2/outbound/wrapupcodemappings}), asked once and only when the plan deletes or replaces a code,
 * and not at all when the plan creates, updates or replaces {@code genesyscloud_outbound_wrapupcodemappings}
 * itself (its {@code mappings} are then the plan's). Deleting that resource does not count: the provider's
 * delete leaves the mappings in the org. An org without Outbound has no mappings (the API answers 404):
 * a warning that this was not checked, never a failure.
 */
final class WrapupMappingCheck implements Check {
    static final String MAPPINGS = "genesyscloud_outbound_wrapupcodemappings";

    private static boolean applies(ResourceChange change, Context context) {
        return WrapupCodeCheck.applies(change, context.plan().of(change)) && context.plan().changes().stream()
                        .noneMatch(c -> MAPPINGS.equals(c.type()) && PlanFacts.publishes(c));
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (applies(change, context)) {
            wants.type(MAPPINGS, "whether the outbound wrap-up code mappings still map " + change.address() + " is");
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        if (applies(change, context) && context.org().listed(MAPPINGS) && context.org().all(MAPPINGS).isEmpty()) {
            wants.warn("the org " + wants.org().sourceName() + " has no outbound wrap-up code mappings (GET"
                    + " /api/v2/outbound/wrapupcodemappings answers 404 where Outbound is not available): whether"
                    + " they still map " + change.address() + " is not checked");
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        if (!applies(change, context)) {
            return List.of();
        }
        ChangeFacts facts = context.plan().of(change);
        String label = InUseCheck.beforeLabel(change, facts, context.naming());
        boolean replace = change.action() == Action.REPLACE;
        List<Finding> out = new ArrayList<>();
        for (OrgObject mappings : context.org().all(MAPPINGS)) {
            if (!(mappings.attributes().get("mapping") instanceof Map<?, ?> mapping)
                    || !mapping.containsKey(facts.beforeId())) {
                continue;
            }
            String flags = flags(mapping.get(facts.beforeId()));
            String message = replace
                    ? label + " is replaced, so it gets a new ID, but the outbound wrap-up code mappings, "
                            + owner(mappings, context) + ", map the old one (flags " + flags + "): contacts wrapped"
                            + " up with the new code get the default flags (" + flags(mappings.attributes()
                                    .get("defaultSet")) + ") until it is mapped"
                    : label + " is still mapped in the outbound wrap-up code mappings (flags " + flags + "), "
                            + owner(mappings, context) + ": deleting it leaves a mapping to a code that no longer"
                            + " exists, and campaigns lose how contacts wrapped up with it are classified";
            out.add(new Finding(replace ? Finding.Code.REPLACE_CHANGES_ID : Finding.Code.DELETE_IN_USE,
                    Finding.Severity.ERROR, change.address(), context.naming().live(mappings), message));
        }
        return out;
    }

    private static String owner(OrgObject mappings, Context context) {
        boolean dropped = context.plan().changes().stream()
                .anyMatch(c -> MAPPINGS.equals(c.type()) && c.action() == Action.DELETE);
        if (dropped) {
            return "which this plan only stops managing (the provider's delete leaves them in the org)";
        }
        return context.plan().isManaged(mappings.id()) ? "which Terraform manages but this plan does not change"
                : "which Terraform does not manage";
    }

    private static String flags(Object flags) {
        List<String> out = new ArrayList<>();
        if (flags instanceof List<?> list) {
            list.forEach(f -> out.add(String.valueOf(f)));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
