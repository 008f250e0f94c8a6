package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.AgentLosses.Leave;
import io.cxgate.simulate.AgentLosses.Loss;
import io.cxgate.simulate.AgentLosses.UserAfter;

/**
 * {@code SKILL_COVERAGE_LOST}: after this plan a queue that routes with a skill or language (a flow
 * transferring to it, per dependency tracking; an email route; its bullseye rings) has no active
 * member holding it, because members lose it, are deactivated or deleted, or leave the queue.
 *
 * <p>Requests: one dependency lookup per lost skill or language (and per queue left), one
 * consumed-resources lookup per flow that uses it, and one member listing per queue it routes to.
 */
final class SkillCoverageCheck implements Check {
    static final String SKILL = "genesyscloud_routing_skill";
    static final String LANGUAGE = "genesyscloud_routing_language";
    static final String QUEUE = "genesyscloud_routing_queue";
    static final String EMAIL_ROUTE = "genesyscloud_routing_email_route";

    @Override
    public void want(ResourceChange change, Context context, Wants wants) {
        AgentLosses all = context.plan().agentLosses();
        List<Loss> losses = all.losses().stream().filter(l -> l.change() == change).toList();
        List<Leave> leaves = all.leaves().stream().filter(l -> l.change() == change).toList();
        if (losses.isEmpty() && leaves.isEmpty()) {
            return;
        }
        String what = "whether queues keep an agent for what " + change.address() + " takes away is";
        for (String type : List.of(Naming.USER, SKILL, LANGUAGE, QUEUE, EMAIL_ROUTE, Naming.FLOW)) {
            wants.type(type, what);
        }
        for (Loss loss : losses) {
            if (wants.org().tracksDependencies()) {
                wants.consumersOf(loss.id(), loss.language() ? "ACDLANGUAGE" : "ACDSKILL");
            }
        }
        for (Leave leave : leaves) {
            wants.membersOf(leave.queueId());
            if (wants.org().tracksDependencies()) {
                wants.consumersOf(leave.queueId(), "QUEUE");
            }
        }
    }

    @Override
    public void wantMore(ResourceChange change, Context context, Wants wants) {
        AgentLosses all = context.plan().agentLosses();
        OrgIndex org = context.org();
        for (Loss loss : all.losses()) {
            if (loss.change() != change) {
                continue;
            }
            for (Dependency d : org.consumersOf(loss.id(), loss.language() ? "ACDLANGUAGE" : "ACDSKILL")
                    .orElse(List.of())) {
                org.find(Naming.FLOW, d.consumerId()).ifPresent(wants::consumedBy);
            }
            requirements(loss.id(), loss.language(), context).keySet().forEach(q -> askMembers(q, org, wants));
        }
        for (Leave leave : all.leaves()) {
            if (leave.change() == change) {
                for (Dependency d : org.consumersOf(leave.queueId(), "QUEUE").orElse(List.of())) {
                    org.find(Naming.FLOW, d.consumerId()).ifPresent(wants::consumedBy);
                }
                askMembers(leave.queueId(), org, wants);
            }
        }
    }

    private static void askMembers(String queueId, OrgIndex org, Wants wants) {
        wants.membersOf(queueId);
        if (org.membersOf(queueId).isEmpty() && org.asked(queueId)) {
            String name = org.find(QUEUE, queueId).map(OrgObject::name).orElse(queueId);
            wants.warn("the org " + wants.org().sourceName() + " does not tell the members of queue \"" + name
                    + "\" (a snapshot exported before members were recorded): its agent coverage is not checked");
        }
    }

    /** The whole plan's findings by address, worked out once per simulation (the pairs span changes). */
    private final Map<Context, Map<String, List<Finding>>> byContext =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Override
    public List<Finding> check(ResourceChange change, Context context) {
        if (context.plan().agentLosses().isEmpty()) {
            return List.of();
        }
        return byContext.computeIfAbsent(context, this::analyse).getOrDefault(change.address(), List.of());
    }

    private Map<String, List<Finding>> analyse(Context context) {
        AgentLosses all = context.plan().agentLosses();
        // every (queue, skill or language) pair a loss or a leave touches, in plan order
        Map<String, Need> needs = new LinkedHashMap<>();
        for (Loss loss : all.losses()) {
            requirements(loss.id(), loss.language(), context).forEach((queue, via) ->
                    needs.computeIfAbsent(queue + "/" + loss.id(), k -> new Need(queue, loss.id(), loss.language(),
                            new LinkedHashSet<>())).via().addAll(via));
        }
        for (Leave leave : all.leaves()) {
            for (Need need : routedWith(leave.queueId(), context)) {
                needs.computeIfAbsent(need.queueId() + "/" + need.id(), k -> need);
            }
        }
        Map<String, List<Finding>> out = new java.util.HashMap<>();
        for (Need need : needs.values()) {
            coverageLost(need, all, context).ifPresent(f -> out.computeIfAbsent(f.address(), a -> new ArrayList<>())
                    .add(f));
        }
        return out;
    }

    /** The finding when {@code need} had active holders among the queue's members and has none after. */
    private Optional<Finding> coverageLost(Need need, AgentLosses all, Context context) {
        OrgIndex org = context.org();
        List<String> members = org.membersOf(need.queueId()).orElse(null);
        if (members == null) {
            return Optional.empty();
        }
        List<String> before = new ArrayList<>();
        boolean covered = false;
        for (String userId : members) {
            OrgObject user = org.find(Naming.USER, userId).orElse(null);
            if (user == null) {
                continue;
            }
            boolean held = "active".equals(stateOf(user)) && user.texts(need.language() ? "routingLanguages"
                    : "routingSkills").contains(need.id());
            if (held) {
                before.add(userId);
            }
            UserAfter after = all.usersAfter().get(userId);
            boolean holdsAfter = after == null ? held
                    : after.active() && (need.language() ? after.languages() : after.skills()).contains(need.id());
            boolean leaves = all.leaves().stream().anyMatch(l -> l.userId().equals(userId)
                    && l.queueId().equals(need.queueId()));
            covered |= holdsAfter && !leaves;
        }
        if (before.isEmpty() || covered) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        ResourceChange first = null;
        for (ResourceChange change : context.plan().changes()) {
            for (String userId : before) {
                String name = org.find(Naming.USER, userId).map(OrgObject::name).orElse(userId);
                for (Loss loss : all.losses()) {
                    if (loss.change() == change && loss.userId().equals(userId) && loss.id().equals(need.id())) {
                        why.add(name + " " + loss.reason() + " (" + change.address() + ")");
                        first = first == null ? change : first;
                    }
                }
                for (Leave leave : all.leaves()) {
                    if (leave.change() == change && leave.userId().equals(userId)
                            && leave.queueId().equals(need.queueId())) {
                        why.add(name + " leaves the queue (" + change.address() + ")");
                        first = first == null ? change : first;
                    }
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        OrgObject queue = org.find(QUEUE, need.queueId()).orElse(null);
        String queueName = queue == null ? need.queueId() : queue.name();
        String type = need.language() ? LANGUAGE : SKILL;
        String itemName = org.find(type, need.id()).map(OrgObject::name).orElse(need.id());
        String noun = need.language() ? "language" : "skill";
        String message = "Queue \"" + queueName + "\" routes with " + noun + " \"" + itemName + "\" ("
                + String.join(", ", need.via()) + "), and after this plan none of its active members holds it: "
                + String.join(", ", why) + ". Interactions that need the " + noun + " wait in the queue with nobody"
                + " to answer them";
        return Optional.of(new Finding(Finding.Code.SKILL_COVERAGE_LOST, Finding.Severity.ERROR, first.address(),
                queue == null ? null : context.naming().live(queue), message));
    }

    private static String stateOf(OrgObject user) {
        return user.text("state") == null ? "active" : user.text("state");
    }

    /** Queue ID → how it routes with skill or language {@code id}: flows, email routes, bullseye rings. */
    static Map<String, Set<String>> requirements(String id, boolean language, Context context) {
        OrgIndex org = context.org();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Dependency d : org.consumersOf(id, language ? "ACDLANGUAGE" : "ACDSKILL").orElse(List.of())) {
            // a flow this plan updates still routes with what its published version uses
            if (!d.consumerType().endsWith("FLOW")) {
                continue;
            }
            for (Dependency used : org.consumedBy(d.consumerId())) {
                if ("QUEUE".equals(used.consumedType())) {
                    out.computeIfAbsent(used.consumedId(), q -> new LinkedHashSet<>())
                            .add("flow \"" + d.consumerName() + "\"");
                }
            }
        }
        for (OrgObject route : org.all(EMAIL_ROUTE)) {
            boolean uses = language ? id.equals(route.text("languageId")) : route.texts("skillIds").contains(id);
            if (uses && route.text("queueId") != null) {
                out.computeIfAbsent(route.text("queueId"), q -> new LinkedHashSet<>())
                        .add("email route \"" + route.name() + "\"");
            }
        }
        if (!language) {
            for (OrgObject queue : org.all(QUEUE)) {
                if (queue.texts("bullseyeSkillIds").contains(id)) {
                    out.computeIfAbsent(queue.id(), q -> new LinkedHashSet<>()).add("its bullseye rings");
                }
            }
        }
        return out;
    }

    /** The skills and languages a queue routes with: what flows transferring to it use, its routes, its rings. */
    private static List<Need> routedWith(String queueId, Context context) {
        OrgIndex org = context.org();
        Map<String, Need> out = new LinkedHashMap<>();
        for (Dependency d : org.consumersOf(queueId, "QUEUE").orElse(List.of())) {
            for (Dependency used : org.consumedBy(d.consumerId())) {
                boolean language = "ACDLANGUAGE".equals(used.consumedType());
                if (language || "ACDSKILL".equals(used.consumedType())) {
                    out.computeIfAbsent(used.consumedId(), k -> new Need(queueId, k, language, new LinkedHashSet<>()))
                            .via().add("flow \"" + d.consumerName() + "\"");
                }
            }
        }
        for (OrgObject route : org.all(EMAIL_ROUTE)) {
            if (queueId.equals(route.text("queueId"))) {
                for (String skill : route.texts("skillIds")) {
                    out.computeIfAbsent(skill, k -> new Need(queueId, k, false, new LinkedHashSet<>())).via()
                            .add("email route \"" + route.name() + "\"");
                }
            }
        }
        org.find(QUEUE, queueId).ifPresent(q -> q.texts("bullseyeSkillIds").forEach(skill -> out.computeIfAbsent(
                skill, k -> new Need(queueId, k, false, new LinkedHashSet<>())).via().add("its bullseye rings")));
        return List.copyOf(out.values());
    }

    /** A queue that routes with skill or language {@code id}, and how. */
    private record Need(String queueId, String id, boolean language, Set<String> via) {
    }
}
