package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/** Issue 15 items 11–13: routine clean-ups that must not be errors. */
class FalseAlarmScenarioTest {
    static final String SKILL = "5e000000-0000-4000-8000-0000000000b1";
    static final String QUEUE = "9a000000-0000-4000-8000-0000000000b1";
    static final String HOME = "d1000000-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    static OrgObject user(String id, String name, String state) {
        return new OrgObject(id, name, "genesyscloud_user", "USER", null,
                Map.of("email", id + "@example.com", "state", state, "routingSkills", List.of(SKILL)), null, null);
    }

    static OrgObject flow(String id, String name, boolean published) {
        return new OrgObject(id, name, "genesyscloud_flow", "INBOUNDCALLFLOW", null, published
                ? Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "2.0") : Map.of("flowType", "INBOUNDCALL"),
                null, null);
    }

    private Plan deleteSkill() {
        return plan().delete("genesyscloud_routing_skill.legacy", values("id", SKILL, "name", "Legacy")).read(dir);
    }

    @Test
    void item11ASkillHeldOnlyByInactiveUsersIsAWarningAboutCleanUp() {
        OrgSnapshot org = TestOrgs.of(List.of(
                new OrgObject(SKILL, "Legacy", "genesyscloud_routing_skill", "ACDSKILL", null, Map.of(), null, null),
                user("u1", "Former One", "inactive"), user("u2", "Former Two", "inactive")), List.of());

        Simulation s = OrgScenarios.liveAndSnapshot(deleteSkill(), org, dir);

        assertEquals(1, s.findings().size(), s.findings().toString());
        assertEquals(Finding.Severity.WARNING, s.findings().get(0).severity());
        assertTrue(s.findings().get(0).message().endsWith("all of them are inactive and nothing routes with it: a"
                + " clean-up after agents left"), s.findings().get(0).message());
    }

    @Test
    void item11ActiveHoldersWithNothingRoutingWithItAreAWarningButAFlowUsingItMakesItAnError() {
        List<OrgObject> objects = List.of(
                new OrgObject(SKILL, "Legacy", "genesyscloud_routing_skill", "ACDSKILL", null, Map.of(), null, null),
                user("u1", "Agent One", "active"), flow("f1", "Main IVR", true));
        Simulation quiet = OrgScenarios.liveAndSnapshot(deleteSkill(), TestOrgs.of(objects, List.of()), dir);
        assertEquals(List.of(Finding.Severity.WARNING), quiet.findings().stream().map(Finding::severity).toList());

        Simulation used = OrgScenarios.liveAndSnapshot(deleteSkill(), TestOrgs.of(objects,
                List.of(new Dependency("f1", "Main IVR", "INBOUNDCALLFLOW", SKILL, "ACDSKILL"))), dir);
        assertEquals(List.of(Finding.Severity.ERROR, Finding.Severity.ERROR),
                used.findings().stream().map(Finding::severity).toList(), used.findings().toString());
    }

    @Test
    void item12RemovingTheHomeDivisionFromTheCodeIsNoError() {
        OrgSnapshot org = TestOrgs.of(List.of(new OrgObject(HOME, "Home", "genesyscloud_auth_division", "DIVISION",
                null, Map.of("homeDivision", true), null, null), flow("f1", "Main IVR", true)), List.of());
        Plan plan = plan().delete("genesyscloud_auth_division.home", values("id", HOME, "name", "Home")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org, dir);

        assertTrue(s.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR), s.findings().toString());
    }

    @Test
    void item13DraftsAndDeletedFlowsThatOnceUsedAQueueAreNotBreakage() {
        OrgSnapshot org = TestOrgs.of(List.of(
                new OrgObject(QUEUE, "Old Sales", "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null, null),
                flow("draft", "Draft router", false)), List.of(
                new Dependency("draft", "Draft router", "INBOUNDCALLFLOW", QUEUE, "QUEUE"),
                new Dependency("gone", "Deleted router", "INBOUNDCALLFLOW", QUEUE, "QUEUE")));
        Plan plan = plan().delete("genesyscloud_routing_queue.old", values("id", QUEUE, "name", "Old Sales")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org, dir);
        assertEquals(List.of(), s.findings());

        // the same queue used by a published flow is still in use
        OrgSnapshot used = TestOrgs.of(List.of(
                new OrgObject(QUEUE, "Old Sales", "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null, null),
                flow("live", "Live router", true)), List.of(
                new Dependency("live", "Live router", "INBOUNDCALLFLOW", QUEUE, "QUEUE")));
        assertEquals(List.of(Finding.Code.DELETE_IN_USE), OrgScenarios.liveAndSnapshot(plan, used, dir).findings()
                .stream().map(Finding::code).toList());
    }
}
