package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.internal.ValuePaths;

/**
 * What agents lose in a plan: users losing a skill or language (removed, the user deactivated or
 * deleted) and users leaving a queue (a managed queue's {@code members}). Read from the plan's
 * values only; immutable.
 */
record AgentLosses(List<Loss> losses, List<Leave> leaves, Map<String, UserAfter> usersAfter) {
    static final String USER = "genesyscloud_user";
    static final String QUEUE = "genesyscloud_routing_queue";

    AgentLosses {
        losses = List.copyOf(losses);
        leaves = List.copyOf(leaves);
        usersAfter = Map.copyOf(usersAfter);
    }

    /** A user losing skill or language {@code id}. */
    record Loss(String userId, String id, boolean language, String reason, ResourceChange change) {
    }

    /** A user leaving a queue. */
    record Leave(String userId, String queueId, ResourceChange change) {
    }

    /** A user as this plan leaves it: active or not, and the skills and languages it holds. */
    record UserAfter(boolean active, Set<String> skills, Set<String> languages) {
        UserAfter {
            skills = Set.copyOf(skills);
            languages = Set.copyOf(languages);
        }
    }

    static AgentLosses of(List<ResourceChange> changes, PlanFacts facts) {
        List<Loss> losses = new ArrayList<>();
        List<Leave> leaves = new ArrayList<>();
        Map<String, UserAfter> after = new LinkedHashMap<>();
        for (ResourceChange change : changes) {
            String id = facts.of(change).beforeId();
            if (id == null) {
                continue;
            }
            JsonNode before = change.values().before();
            if (USER.equals(change.type()) && (change.action() == Action.UPDATE || change.action() == Action.DELETE)) {
                Set<String> skills = ids(before, "routing_skills[*].skill_id");
                Set<String> languages = ids(before, "routing_languages[*].language_id");
                if (change.action() == Action.DELETE) {
                    after.put(id, new UserAfter(false, Set.of(), Set.of()));
                    lose(losses, id, skills, languages, "is deleted", change);
                    continue;
                }
                JsonNode next = change.values().after();
                boolean wasActive = !"inactive".equals(ValuePaths.text(before, "state"));
                boolean active = !"inactive".equals(ValuePaths.text(next, "state"));
                Set<String> skillsAfter = ids(next, "routing_skills[*].skill_id");
                Set<String> languagesAfter = ids(next, "routing_languages[*].language_id");
                after.put(id, new UserAfter(active, skillsAfter, languagesAfter));
                if (wasActive && !active) {
                    lose(losses, id, skills, languages, "is deactivated", change);
                } else {
                    // a list known only after apply loses nothing we can tell
                    skills.removeAll(next.hasNonNull("routing_skills") ? skillsAfter : skills);
                    languages.removeAll(next.hasNonNull("routing_languages") ? languagesAfter : languages);
                    lose(losses, id, skills, languages, "loses it", change);
                }
            } else if (QUEUE.equals(change.type()) && change.action() == Action.UPDATE) {
                Set<String> members = ids(before, "members[*].user_id");
                members.removeAll(ids(change.values().after(), "members[*].user_id"));
                members.forEach(user -> leaves.add(new Leave(user, id, change)));
            }
        }
        // a skill or language this plan deletes or replaces is the in-use checks' business: every holder loses it
        losses.removeIf(loss -> facts.removerOf(loss.id()).isPresent());
        return new AgentLosses(losses, leaves, after);
    }

    boolean isEmpty() {
        return losses.isEmpty() && leaves.isEmpty();
    }

    private static void lose(List<Loss> losses, String user, Set<String> skills, Set<String> languages, String reason,
            ResourceChange change) {
        skills.forEach(s -> losses.add(new Loss(user, s, false, reason, change)));
        languages.forEach(l -> losses.add(new Loss(user, l, true, reason, change)));
    }

    private static Set<String> ids(JsonNode values, String pattern) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null && !values.isNull()) {
            ValuePaths.collect(values, pattern).forEach(f -> out.add(f.value()));
        }
        return out;
    }
}
