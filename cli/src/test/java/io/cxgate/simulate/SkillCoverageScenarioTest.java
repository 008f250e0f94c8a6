package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 2: a queue that routes with a skill keeps no active member holding it, though
 * nothing is deleted: an agent loses the skill, is deactivated, or leaves the queue.
 */
class SkillCoverageScenarioTest {
    static final String SPANISH = "5e000000-0000-4000-8000-000000000001";
    static final String QUEUE = "9a000000-0000-4000-8000-000000000001";
    static final String BULLSEYE_QUEUE = "9a000000-0000-4000-8000-000000000002";
    static final String FLOW = "f1000000-0000-4000-8000-000000000001";
    static final String ANA = "0a000000-0000-4000-8000-000000000001";
    static final String MARCO = "0a000000-0000-4000-8000-000000000002";
    static final String ZOE = "0a000000-0000-4000-8000-000000000003";
    static final String ANA_ADDRESS = "module.agents.genesyscloud_user.ana";

    @TempDir
    Path dir;

    /** Ana (active) holds Spanish; Marco holds it too but is inactive; Zoe does not. */
    static OrgSnapshot org(boolean zoeSpeaksSpanish) {
        List<OrgObject> objects = new ArrayList<>(List.of(
                new OrgObject(SPANISH, "Spanish", "genesyscloud_routing_skill", "ACDSKILL", null, Map.of(), null, null),
                queue(QUEUE, "Spanish Support", List.of()),
                queue(BULLSEYE_QUEUE, "Premium", List.of(SPANISH)),
                new OrgObject(FLOW, "Main IVR", "genesyscloud_flow", "INBOUNDCALLFLOW", null,
                        Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "3.0"), null, null),
                user(ANA, "Ana Ruiz", "active", List.of(SPANISH)),
                user(MARCO, "Marco Diaz", "inactive", List.of(SPANISH)),
                user(ZOE, "Zoe Park", "active", zoeSpeaksSpanish ? List.of(SPANISH) : List.of())));
        return TestOrgs.of(objects, List.of(
                new Dependency(FLOW, "Main IVR", "INBOUNDCALLFLOW", SPANISH, "ACDSKILL"),
                new Dependency(FLOW, "Main IVR", "INBOUNDCALLFLOW", QUEUE, "QUEUE")));
    }

    static OrgObject queue(String id, String name, List<String> bullseyeSkills) {
        return new OrgObject(id, name, "genesyscloud_routing_queue", "QUEUE", null,
                Map.of("memberIds", List.of(ANA, MARCO, ZOE), "bullseyeSkillIds", bullseyeSkills), null, null);
    }

    static OrgObject user(String id, String name, String state, List<String> skills) {
        return new OrgObject(id, name, "genesyscloud_user", "USER", null,
                Map.of("email", name.replace(' ', '.').toLowerCase() + "@example.com", "state", state,
                        "routingSkills", skills), null, null);
    }

    private static Map<String, Object> ana(String state, boolean spanish) {
        return Map.of("id", ANA, "email", "ana.ruiz@example.com", "name", "Ana Ruiz", "state", state,
                "routing_skills", spanish ? List.of(Map.of("skill_id", SPANISH, "proficiency", 3)) : List.of(),
                "routing_languages", List.of());
    }

    private Plan anaUpdate(Map<String, Object> before, Map<String, Object> after) {
        return plan().update(ANA_ADDRESS, values(flat(before)), values(flat(after))).read(dir);
    }

    private static Object[] flat(Map<String, Object> map) {
        List<Object> out = new ArrayList<>();
        map.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out.toArray();
    }

    @Test
    void anAgentLosingTheOnlyActiveSpanishLeavesTwoQueuesWithoutCover() {
        Plan plan = anaUpdate(ana("active", true), ana("active", false));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(false), dir);

        List<Finding> lost = s.findings(Finding.Code.SKILL_COVERAGE_LOST);
        assertEquals(List.of(QUEUE, BULLSEYE_QUEUE), lost.stream().map(f -> f.object().id()).toList(),
                s.findings().toString());
        assertEquals("Queue \"Spanish Support\" routes with skill \"Spanish\" (flow \"Main IVR\"), and after this"
                + " plan none of its active members holds it: Ana Ruiz loses it (" + ANA_ADDRESS + "). Interactions"
                + " that need the skill wait in the queue with nobody to answer them", lost.get(0).message());
        assertTrue(lost.get(1).message().contains("(its bullseye rings)"), lost.get(1).message());
        assertTrue(lost.stream().allMatch(f -> f.severity() == Finding.Severity.ERROR
                && f.address().equals(ANA_ADDRESS)));
    }

    @Test
    void deactivatingTheAgentLosesTheCoverToo() {
        Plan plan = anaUpdate(ana("active", true), ana("inactive", true));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(false), dir);

        assertEquals(2, s.findings(Finding.Code.SKILL_COVERAGE_LOST).size(), s.findings().toString());
        assertTrue(s.findings().get(0).message().contains("Ana Ruiz is deactivated (" + ANA_ADDRESS + ")"));
    }

    @Test
    void anotherActiveHolderKeepsTheQueueCovered() {
        Plan plan = anaUpdate(ana("active", true), ana("active", false));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(true), dir);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void removingTheOnlyHolderFromTheQueueLosesTheCover() {
        Plan plan = plan().update("module.queues.genesyscloud_routing_queue.spanish",
                values("id", QUEUE, "name", "Spanish Support",
                        "members", List.of(Map.of("user_id", ANA, "ring_num", 1), Map.of("user_id", ZOE, "ring_num", 1))),
                values("id", QUEUE, "name", "Spanish Support",
                        "members", List.of(Map.of("user_id", ZOE, "ring_num", 1))))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(false), dir);

        List<Finding> lost = s.findings(Finding.Code.SKILL_COVERAGE_LOST);
        assertEquals(1, lost.size(), s.findings().toString());
        assertTrue(lost.get(0).message().contains("Ana Ruiz leaves the queue (module.queues."), lost.get(0).message());
    }
}
