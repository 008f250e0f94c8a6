package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cxgate.genesys.ConsumerEdge;
import io.cxgate.genesys.ConsumerTable;
import io.cxgate.genesys.org.Dependency;
import io.cxgate.genesys.org.OrgObject;
import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.simulate.PlanFacts.ChangeFacts;

/**
 * {@code DELETE_IN_USE} and {@code REPLACE_CHANGES_ID}: a deleted or replaced object that objects
 * outside this plan still use, found through dependency tracking and through the
 * {@link ConsumerTable} (the same table decides which types to list and which attributes to scan).
 */
final class InUseCheck implements Check {
    private final ConsumerTable consumers;

    InUseCheck(ConsumerTable consumers) {
        this.consumers = consumers;
    }

    private static boolean applies(ResourceChange change) {
        return change.action() == Action.DELETE || change.action() == Action.REPLACE;
    }

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        String id = context.plan().of(change).beforeId();
        if (!applies(change) || id == null) {
            return;
        }
        String objectType = dependencyType(change, context.plan().of(change), context.naming());
        if (objectType != null) {
            if (wants.org().tracksDependencies()) {
                wants.consumersOf(id, objectType);
            } else {
                wants.warn("the org " + wants.org().sourceName() + " holds no dependency edges (exported without"
                        + " genesyscloud_flow): which flows use " + change.address() + " is not checked");
            }
        } else if (Naming.FLOW.equals(change.type())) {
            wants.type(Naming.FLOW, null); // its type comes from the org's flow list
        }
        for (String consumer : consumers.consumerTypesOf(change.type())) {
            wants.type(consumer, "what uses " + change.address() + " through " + consumers.plural(consumer) + " is");
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        ChangeFacts facts = context.plan().of(change);
        if (applies(change) && Naming.FLOW.equals(change.type()) && facts.beforeFlowObjectType() == null
                && facts.beforeId() != null && wants.org().tracksDependencies()) {
            context.org().find(Naming.FLOW, facts.beforeId()).ifPresent(f -> wants.consumersOf(f.id(), f.apiType()));
        }
    }

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        ChangeFacts facts = context.plan().of(change);
        String id = facts.beforeId();
        if (!applies(change) || id == null) {
            return List.of();
        }
        boolean replace = change.action() == Action.REPLACE;
        List<Consumer> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        tracked(change, facts, context, found, seen);
        List<OrgObject> holders = new ArrayList<>();
        for (ConsumerEdge edge : consumers.edgesInto(change.type())) {
            if (edge.holder()) {
                holders.addAll(using(edge, id, context, new HashSet<>()));
                continue;
            }
            List<OrgObject> hits = using(edge, id, context, seen);
            hits.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
            String noun = context.naming().noun(edge.consumer());
            for (OrgObject o : hits) {
                found.add(new Consumer(context.naming().live(o), noun + " \"" + o.name() + "\" (as " + edge.role()
                        + ")", noun, context.plan().isManaged(o.id())));
            }
        }
        String label = beforeLabel(change, facts, context.naming());
        Finding.Code code = replace ? Finding.Code.REPLACE_CHANGES_ID : Finding.Code.DELETE_IN_USE;
        List<Finding> out = new ArrayList<>();
        for (Consumer consumer : found) {
            String who = consumer.managed() ? "which Terraform manages but this plan does not change"
                    : "which Terraform does not manage";
            String message = replace
                    ? label + " is replaced, so it gets a new ID, but " + consumer.display() + ", " + who
                            + ", still refers to the old one: that " + consumer.noun() + " breaks"
                    : label + " is still used by " + consumer.display() + ", " + who + ": deleting it breaks that "
                            + consumer.noun();
            out.add(new Finding(code, Finding.Severity.ERROR, change.address(), consumer.object(), message));
        }
        if (!holders.isEmpty()) {
            out.add(holdersFinding(change, label, code, holders, context));
        }
        return out;
    }

    /** Consumers by dependency tracking, sorted by name. */
    private void tracked(ResourceChange change, ChangeFacts facts, Context context, List<Consumer> found,
            Set<String> seen) {
        String id = facts.beforeId();
        String objectType = dependencyType(change, facts, context.naming());
        if (objectType == null && Naming.FLOW.equals(change.type())) {
            objectType = context.org().find(Naming.FLOW, id).map(OrgObject::apiType).orElse(null);
        }
        if (objectType == null) {
            return;
        }
        List<Dependency> sorted = new ArrayList<>(context.org().consumersOf(id, objectType).orElse(List.of()));
        sorted.sort(Comparator.comparing(Dependency::consumerName).thenComparing(Dependency::consumerId));
        Naming naming = context.naming();
        for (Dependency d : sorted) {
            if (d.consumerId().equals(id) || !context.plan().counts(d.consumerId()) || !seen.add(d.consumerId())) {
                continue;
            }
            String resourceType = naming.resourceTypeOf(d.consumerType());
            String noun = resourceType == null ? d.consumerType().toLowerCase(Locale.ROOT) : naming.noun(resourceType);
            found.add(new Consumer(new LiveObject(d.consumerType(), resourceType, d.consumerId(), d.consumerName()),
                    noun + " \"" + d.consumerName() + "\" (" + d.consumerType() + ")", noun,
                    context.plan().isManaged(d.consumerId())));
        }
    }

    /** Org objects of the edge's consumer type whose attribute holds {@code id}, not seen before. */
    private static List<OrgObject> using(ConsumerEdge edge, String id, Context context, Set<String> seen) {
        List<OrgObject> hits = new ArrayList<>();
        for (OrgObject o : context.org().all(edge.consumer())) {
            if (ConsumerEdge.holds(o.attributes().get(edge.attribute()), id) && context.plan().counts(o.id())
                    && seen.add(o.id())) {
                hits.add(o);
            }
        }
        return hits;
    }

    private Finding holdersFinding(ResourceChange change, String label, Finding.Code code, List<OrgObject> users,
            Context context) {
        boolean replace = code == Finding.Code.REPLACE_CHANGES_ID;
        users.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
        boolean anyManaged = users.stream().anyMatch(u -> context.plan().isManaged(u.id()));
        String whose = anyManaged ? "this plan does not update" : "Terraform does not manage";
        String noun = Naming.SKILL.equals(change.type()) ? "skill" : "language";
        String names = Naming.names(users);
        String count = users.size() + (users.size() == 1 ? " user " : " users ");
        String message = replace
                ? label + " is replaced, so it gets a new ID, but " + count + whose + " (" + names
                        + ") hold the old one: they lose the " + noun
                : label + " is still held by " + count + whose + " (" + names + "): deleting it takes the "
                        + noun + " away from them and changes how their interactions are routed";
        return new Finding(code, Finding.Severity.ERROR, change.address(), context.naming().live(users.get(0)),
                message);
    }

    /**
     * The dependency-tracking type of a deleted or replaced object, or null when it has none (a
     * flow whose type the plan does not say: the org's flow list tells).
     */
    private static String dependencyType(ResourceChange change, ChangeFacts facts, Naming naming) {
        if (Naming.FLOW.equals(change.type())) {
            return facts.beforeFlowObjectType();
        }
        return naming.apiType(change.type());
    }

    /** {@code Skill "Spanish"}: the object as it is before the change. */
    private static String beforeLabel(ResourceChange change, ChangeFacts facts, Naming naming) {
        String name = facts.beforeName();
        return name == null ? change.label() : naming.label(change.type()) + " \"" + name + "\"";
    }

    /** An object that uses a deleted or replaced one. */
    private record Consumer(LiveObject object, String display, String noun, boolean managed) {
    }
}
