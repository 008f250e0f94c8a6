package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * A skill or language that skill groups this plan does not change name in their {@code skill_conditions}
 * (by name, nested conditions too) is deleted, or replaced under another name ({@code DELETE_IN_USE} /
 * {@code REPLACE_CHANGES_ID}, one per skill group): the group no longer selects the agents it selected by
 * it, and queues routing to the group lose them. A replace under the same name keeps matching by name.
 */
final class SkillConditionCheck implements Check {
    static final String SKILL_GROUP = "genesyscloud_routing_skill_group";
    static final String LANGUAGE = "genesyscloud_routing_language";

    private static String attribute(ResourceChange change, ChangeFacts facts) {
        if (facts.beforeName() == null || facts.beforeId() == null) {
            return null;
        }
        boolean gone = change.action() == Action.DELETE || change.action() == Action.REPLACE
                && !facts.beforeName().equalsIgnoreCase(String.valueOf(facts.afterName()));
        if (!gone) {
            return null;
        }
        return switch (change.type()) {
            case Naming.SKILL -> "conditionSkills";
            case LANGUAGE -> "conditionLanguages";
            default -> null;
        };
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        if (attribute(change, context.plan().of(change)) != null) {
            wants.type(SKILL_GROUP, "which skill groups select agents by " + change.address() + " is");
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        String attribute = attribute(change, facts);
        if (attribute == null) {
            return List.of();
        }
        String name = facts.beforeName();
        String label = InUseCheck.beforeLabel(change, facts, context.naming());
        String noun = Naming.SKILL.equals(change.type()) ? "skill" : "language";
        boolean replace = change.action() == Action.REPLACE;
        List<Finding> out = new ArrayList<>();
        List<OrgObject> groups = context.org().all(SKILL_GROUP).stream()
                .filter(g -> context.plan().counts(g.id())
                        && g.texts(attribute).stream().anyMatch(n -> n.equalsIgnoreCase(name)))
                .sorted(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id)).toList();
        for (OrgObject group : groups) {
            String owner = context.plan().isManaged(group.id())
                    ? "which Terraform manages but this plan does not change" : "which Terraform does not manage";
            String message = label + (replace ? " is replaced under another name" : " is deleted") + ", but skill group \""
                    + group.name() + "\", " + owner + ", selects its members by that " + noun + " in its skill"
                    + " conditions: the group loses those agents, and queues routing to it lose them too";
            out.add(new Finding(replace ? Finding.Code.REPLACE_CHANGES_ID : Finding.Code.DELETE_IN_USE,
                    Finding.Severity.ERROR, change.address(), context.naming().live(group), message));
        }
        return out;
    }
}
