package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 2 (gap): skills and languages named inside skill groups' {@code skill_conditions} (by name,
 * nested conditions too) are in use by those groups.
 */
class SkillConditionScenarioTest {
    static final String SERIES6 = "5k100000-0000-4000-8000-0000000000a1";
    static final String SPANISH = "5k100000-0000-4000-8000-0000000000b1";

    @TempDir
    Path dir;

    static OrgObject group(String id, String name, Map<String, Object> attributes) {
        return new OrgObject(id, name, "genesyscloud_routing_skill_group", "SKILLGROUP", null, attributes, null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                new OrgObject(SERIES6, "Series 6", "genesyscloud_routing_skill", "ACDSKILL", null,
                        Map.of("state", "active"), null, null),
                new OrgObject(SPANISH, "Spanish", "genesyscloud_routing_language", "ACDLANGUAGE", null,
                        Map.of("state", "active"), null, null),
                group("g1", "Licensed reps", Map.of("conditionSkills", List.of("Series 6", "Series 7"))),
                group("g2", "Spanish licensed", Map.of("conditionSkills", List.of("Series 6"),
                        "conditionLanguages", List.of("Spanish"))),
                group("g3", "Everyone", Map.of("memberCount", 40L))), List.of());
    }

    @Test
    void aSkillAndALanguageDeletedWhileSkillGroupsSelectByThem() {
        Plan plan = plan()
                .delete("genesyscloud_routing_skill.series6", values("id", SERIES6, "name", "Series 6"))
                .replace("genesyscloud_routing_language.spanish", values("id", SPANISH, "name", "Spanish"),
                        values("name", "Spanish (LatAm)"))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "Skill \"Series 6\" is deleted, but skill group \"Licensed reps\", which Terraform does not manage, selects"
                        + " its members by that skill in its skill conditions: the group loses those agents, and queues"
                        + " routing to it lose them too",
                "Skill \"Series 6\" is deleted, but skill group \"Spanish licensed\", which Terraform does not manage,"
                        + " selects its members by that skill in its skill conditions: the group loses those agents,"
                        + " and queues routing to it lose them too",
                "Language \"Spanish\" is replaced under another name, but skill group \"Spanish licensed\", which"
                        + " Terraform does not manage, selects its members by that language in its skill conditions:"
                        + " the group loses those agents, and queues routing to it lose them too"),
                s.findings().stream().map(Finding::message).toList());
        assertEquals(List.of(Finding.Code.DELETE_IN_USE, Finding.Code.DELETE_IN_USE, Finding.Code.REPLACE_CHANGES_ID),
                s.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aReplaceUnderTheSameNameStillMatches() {
        Plan plan = plan().replace("genesyscloud_routing_language.spanish", values("id", SPANISH, "name", "Spanish"),
                values("name", "Spanish")).read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
    }
}
