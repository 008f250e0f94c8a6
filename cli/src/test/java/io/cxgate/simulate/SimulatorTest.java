package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.genesys.source.SnapshotOrgSource;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.redact.Redactor;
import io.cxgate.simulate.Finding.LiveObject;
import io.cxgate.testing.Fixtures;

/** The findings, one scenario per code, against the example production org as a snapshot. */
class SimulatorTest {
    static final String QUEUE = "genesyscloud_routing_queue";
    static final String SKILL = "genesyscloud_routing_skill";
    static final String USER = "genesyscloud_user";
    static final String FLOW = "genesyscloud_flow";
    static final String WRAPUP = "genesyscloud_routing_wrapupcode";

    @TempDir
    Path dir;

    private Simulation simulate(Plan plan, OrgSnapshot org) {
        return simulate(plan, org, Map.of());
    }

    private Simulation simulate(Plan plan, OrgSnapshot org, Map<String, String> mappings) {
        return new Simulator(ResourceCatalog.bundled(), new FlowFiles(dir), mappings)
                .simulate(plan, new SnapshotOrgSource(org, "prod-snapshot.json"));
    }

    static Plan example(String name) {
        return new PlanReader(ResourceCatalog.bundled(), Redactor.none())
                .read(Fixtures.repo("examples/plans/" + name + ".json"));
    }

    private static List<String> codes(Simulation s) {
        return s.findings().stream().map(f -> f.code().name() + " " + f.address()).toList();
    }

    // ---------------------------------------------------------------- DELETE_IN_USE, REPLACE_CHANGES_ID, OUT_OF_BAND_CHANGE

    @Test
    void theSkillRenameExampleBreaksUnmanagedFlowsUsersAndRoutes() {
        Simulation s = simulate(example("skill-rename"), Northwind.org());

        String queue = "module.queues.genesyscloud_routing_queue.spanish_legacy";
        String skill = "module.skills.genesyscloud_routing_skill.skill[\"spanish\"]";
        assertEquals(List.of(
                "DELETE_IN_USE " + queue, "DELETE_IN_USE " + queue, "DELETE_IN_USE " + queue,
                "REPLACE_CHANGES_ID " + skill, "REPLACE_CHANGES_ID " + skill, "REPLACE_CHANGES_ID " + skill,
                "OUT_OF_BAND_CHANGE module.queues.genesyscloud_routing_queue.support"), codes(s));
        assertEquals(Simulation.Source.SNAPSHOT, s.source());
        assertEquals(0, s.requests());
        assertEquals(List.of(), s.warnings());

        Finding flow = s.findings().get(1);
        assertEquals(new LiveObject("INBOUNDCALLFLOW", FLOW, Northwind.id(FLOW, "Spanish Main Line"), "Spanish Main Line"),
                flow.object());
        assertEquals("Queue \"Spanish Line (legacy)\" is still used by flow \"Spanish Main Line\" (INBOUNDCALLFLOW),"
                + " which Terraform does not manage: deleting it breaks that flow", flow.message());
        assertEquals(Finding.Severity.ERROR, flow.severity());
        assertEquals("Queue \"Spanish Line (legacy)\" is still used by email route"
                + " \"espanol@northwind-retail.mypurecloud.com\" (as its queue), which Terraform does not manage:"
                + " deleting it breaks that email route", s.findings().get(2).message());

        assertEquals("Skill \"Spanish\" is replaced, so it gets a new ID, but flow \"Spanish Main Line\""
                + " (INBOUNDCALLFLOW), which Terraform does not manage, still refers to the old one: that flow breaks",
                s.findings().get(3).message());
        Finding users = s.findings().get(5);
        assertEquals("Skill \"Spanish\" is replaced, so it gets a new ID, but 2 users Terraform does not manage"
                + " (Lucia Romero, Marco Diaz) hold the old one: they lose the skill", users.message());
        assertEquals(new LiveObject("USER", USER, Northwind.id(USER, "Lucia Romero"), "Lucia Romero"), users.object());
    }

    @Test
    void usersTheSamePlanUpdatesDoNotCountButManagedUsersItLeavesAloneDo() {
        // Ana and Divya hold Spanish too, but the plan updates them (their skill_id becomes unknown)
        Simulation s = simulate(example("skill-rename"), Northwind.org());
        assertTrue(s.findings().stream().noneMatch(f -> f.message().contains("Ana Moreno")
                || f.message().contains("Divya Patel")), s.findings().toString());

        // a managed user the plan does not touch still loses a deleted skill
        String french = Northwind.id(SKILL, "French");
        Plan plan = plan()
                .delete("module.skills.genesyscloud_routing_skill.skill[\"french\"]", values("id", french, "name", "French"))
                .unchanged("genesyscloud_user.dpatel", values("id", Northwind.id(USER, "Divya Patel"),
                        "email", "d.patel@northwind-retail.example", "name", "Divya Patel"))
                .read(dir);
        Simulation deleted = simulate(plan, Northwind.org());
        assertEquals(List.of("DELETE_IN_USE module.skills.genesyscloud_routing_skill.skill[\"french\"]"), codes(deleted));
        assertEquals("Skill \"French\" is still held by 1 user this plan does not update (Divya Patel): deleting it takes"
                + " the skill away from them and changes how their interactions are routed; nothing routes with it (no"
                + " flow, email route or queue uses it)", deleted.findings().get(0).message());
        // holders alone are a clean-up (issue 15 item 11): a warning, not an error
        assertEquals(Finding.Severity.WARNING, deleted.findings().get(0).severity());
    }

    @Test
    void aDeletedFlowIsStillUsedByAnIvrAndAQueueOutsideTerraform() {
        String flowId = Northwind.id(FLOW, "Spanish Main Line");
        Plan plan = plan().delete("module.flows.genesyscloud_flow.spanish_main", values("id", flowId,
                "name", "Spanish Main Line", "type", "INBOUNDCALL", "filepath", "flows/spanish.yaml")).read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(List.of("Flow \"Spanish Main Line\" is still used by IVR (call routing) \"Spanish Line Number\" (as"
                + " its open-hours flow), which Terraform does not manage: deleting it breaks that IVR (call routing)"),
                s.findings().stream().map(Finding::message).toList());
        assertEquals("IVRCONFIGURATION", s.findings().get(0).object().apiType());
    }

    @Test
    void driftNamesWhoChangedTheObjectAndWhen() {
        Simulation s = simulate(example("skill-rename"), Northwind.org());

        Finding drift = s.findings().get(6);
        assertEquals(Finding.Code.OUT_OF_BAND_CHANGE, drift.code());
        assertEquals(Finding.Severity.WARNING, drift.severity());
        assertEquals(new LiveObject("QUEUE", QUEUE, "87cec93c-0693-4ac2-9ec3-4ed2eaab1cfe", "Customer Support"),
                drift.object());
        assertEquals("Queue \"Customer Support\" was changed outside Terraform by jane.doe@northwind-retail.example at"
                + " 2026-11-20T10:02Z: description; this plan overwrites that change with the configuration",
                drift.message());
    }

    @Test
    void driftOnAnObjectTheOrgSaysNothingAboutIsStillReported() {
        String id = Northwind.id(WRAPUP, "Escalated");
        Plan plan = plan()
                .unchanged("module.queues.genesyscloud_routing_wrapupcode.code[\"escalated\"]",
                        values("id", id, "name", "Escalated", "description", "Escalated to second line"))
                .drifted("module.queues.genesyscloud_routing_wrapupcode.code[\"escalated\"]",
                        values("id", id, "name", "Escalated", "description", "Escalated to second line"),
                        values("id", id, "name", "Escalated", "description", "Second line"))
                .read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(List.of("Wrap-up code \"Escalated\" was changed outside Terraform (the org does not say by whom or"
                + " when): description"), s.findings().stream().map(Finding::message).toList());
    }

    // ---------------------------------------------------------------- MISSING_REFERENCE

    @Test
    void aPlannedIdThatNeitherTerraformNorTheOrgKnowsIsAMissingReference() {
        String resolved = Northwind.id(WRAPUP, "Resolved");
        String lucia = Northwind.id(USER, "Lucia Romero");
        Plan plan = plan()
                .unchanged("module.queues.genesyscloud_routing_wrapupcode.code[\"resolved\"]",
                        values("id", resolved, "name", "Resolved"))
                .create("module.queues.genesyscloud_routing_queue.billing_disputes", values(
                        "name", "Billing Disputes",
                        "division_id", Northwind.CUSTOMER_CARE_DIVISION,              // unmanaged, in the org
                        "wrapup_codes", List.of(resolved, "0badc0de-0000-4000-8000-000000000001"),
                        "members", List.of(Map.of("user_id", lucia, "ring_num", 1))), // unmanaged, in the org
                        "queue_flow_id")                                              // unknown after apply: fine
                .read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(1, s.findings().size(), s.findings().toString());
        Finding f = s.findings().get(0);
        assertEquals(Finding.Code.MISSING_REFERENCE, f.code());
        assertEquals("module.queues.genesyscloud_routing_queue.billing_disputes", f.address());
        assertEquals(new LiveObject("ACDWRAPUPCODE", WRAPUP, "0badc0de-0000-4000-8000-000000000001", null), f.object());
        assertEquals("Queue \"Billing Disputes\": wrapup_codes refers to wrap-up code ID"
                + " 0badc0de-0000-4000-8000-000000000001, which neither Terraform manages nor exists in the org: the"
                + " apply fails or leaves a dangling reference", f.message());
    }

    @Test
    void referencesToTypesTheOrgCannotListAreNotGuessedAbout() {
        Plan plan = plan().create("module.queues.genesyscloud_routing_queue.x", values("name", "X",
                "teams", List.of("0badc0de-0000-4000-8000-00000000000a"),            // teams are not listed
                "bullseye_rings", List.of(Map.of("member_groups", List.of(Map.of(   // group, skill group or team
                        "member_group_id", "0badc0de-0000-4000-8000-00000000000b", "member_group_type", "TEAM"))))))
                .read(dir);

        assertEquals(List.of(), simulate(plan, Northwind.org()).findings());
    }

    // ---------------------------------------------------------------- NAME_CONFLICT

    @Test
    void aCreateWhoseNameIsTakenOutsideTheStateSuggestsAnImport() {
        String mortgages = Northwind.id(SKILL, "Mortgages");
        Plan plan = plan()
                .create("module.skills.genesyscloud_routing_skill.skill[\"mortgages\"]", values("name", "mortgages"))
                .create("genesyscloud_user.lromero", values("name", "Lucia Romero",
                        "email", "L.Romero@northwind-retail.example"))
                .create("module.skills.genesyscloud_routing_skill.skill[\"new\"]", values("name", "Brand New"))
                .read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(List.of("NAME_CONFLICT module.skills.genesyscloud_routing_skill.skill[\"mortgages\"]",
                "NAME_CONFLICT genesyscloud_user.lromero"), codes(s));
        Finding skill = s.findings().get(0);
        assertEquals(new LiveObject("ACDSKILL", SKILL, mortgages, "Mortgages"), skill.object());
        assertEquals("Skill \"mortgages\" already exists in the org (ID " + mortgages + ") and Terraform does not manage"
                + " it: creating it fails or makes a duplicate. To manage the existing one, import it:\nimport {\n"
                + "  to = module.skills.genesyscloud_routing_skill.skill[\"mortgages\"]\n  id = \"" + mortgages + "\"\n}",
                skill.message());
        assertTrue(s.findings().get(1).message().endsWith("import {\n  to = genesyscloud_user.lromero\n  id = \""
                + Northwind.id(USER, "Lucia Romero") + "\"\n}"));
    }

    @Test
    void namesFromAnotherOrgGoThroughTheEnvironmentsMappings() {
        Plan plan = plan().create("module.queues.genesyscloud_routing_queue.collections",
                values("name", "Collections (UAT)")).read(dir);

        assertEquals(List.of(), simulate(plan, Northwind.org()).findings());
        Simulation mapped = simulate(plan, Northwind.org(), Map.of("Collections (UAT)", "Collections"));
        assertEquals(List.of("NAME_CONFLICT module.queues.genesyscloud_routing_queue.collections"), codes(mapped));
    }

    @Test
    void aNewFlowNamedLikeAnUnmanagedFlowOfTheSameTypeWouldOverwriteIt() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("flows/email.yaml"), "inboundEmail:\n  name: \"{{flow_name}}\"\n"
                + "  startUpRef: \"/inboundEmail/states/state[Initial State_11]\"\n");
        Plan plan = plan().create("module.flows.genesyscloud_flow.spanish_email", values("filepath", "flows/email.yaml",
                "substitutions", Map.of("flow_name", "Spanish Email"))).read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(List.of("NAME_CONFLICT module.flows.genesyscloud_flow.spanish_email"), codes(s));
        assertTrue(s.findings().get(0).message().startsWith("Flow \"Spanish Email\" (INBOUNDEMAILFLOW) already exists"
                + " in the org and Terraform does not manage it: publishing this flow overwrites it."));
    }

    // ---------------------------------------------------------------- FLOW_TARGET_MISSING

    private Path exampleFlow(String name) throws IOException {
        Path flows = Files.createDirectories(dir.resolve("flows"));
        return Files.copy(Fixtures.repo("examples/flows/" + name), flows.resolve(name));
    }

    private static Map<String, Object> inboundMainSubstitutions() {
        return new java.util.LinkedHashMap<>(Map.of("flow_name", "Main Inbound", "lookup_action", "CRM - Lookup Customer",
                "sales_queue", "Sales", "schedule_group", "Customer Care Hours", "support_queue", "Customer Support",
                "vip_queue", "VIP Care"));
    }

    private TestPlans inboundMain(Map<String, Object> substitutions) {
        return plan().update("module.flows.genesyscloud_flow.inbound_main",
                values("id", Northwind.id(FLOW, "Main Inbound"), "name", "Main Inbound", "type", "INBOUNDCALL",
                        "filepath", "flows/inbound_main.yaml", "substitutions", inboundMainSubstitutions()),
                values("id", Northwind.id(FLOW, "Main Inbound"), "name", "Main Inbound", "type", "INBOUNDCALL",
                        "filepath", "flows/inbound_main.yaml", "substitutions", substitutions));
    }

    @Test
    void aFlowWhoseTargetsAllExistHasNoFindings() throws IOException {
        exampleFlow("inbound_main.yaml");
        assertEquals(List.of(), simulate(inboundMain(inboundMainSubstitutions()).read(dir), Northwind.org()).findings());
    }

    @Test
    void aFlowNamingAQueueTheOrgLacksOrThePlanDeletesIsReported() throws IOException {
        exampleFlow("inbound_main.yaml");
        Map<String, Object> subs = inboundMainSubstitutions();
        subs.put("vip_queue", "VIP Lounge");                        // nowhere
        subs.put("schedule_group", "Weekend Hours");               // created by this plan
        subs.put("support_queue", "Customer Support (UAT)");       // mapped to "Customer Support"
        Plan plan = inboundMain(subs)
                .create("module.architect.genesyscloud_architect_schedulegroups.weekend",
                        values("name", "Weekend Hours"), "open_schedules_id")
                .delete("module.queues.genesyscloud_routing_queue.sales",
                        values("id", Northwind.id(QUEUE, "Sales"), "name", "Sales"))
                .read(dir);

        Simulation s = simulate(plan, Northwind.org(), Map.of("Customer Support (UAT)", "Customer Support"));

        List<Finding> targets = s.findings(Finding.Code.FLOW_TARGET_MISSING);
        assertEquals(2, targets.size(), s.findings().toString());
        assertEquals("Flow \"Main Inbound\" refers to queue \"VIP Lounge\" (flows/inbound_main.yaml line 84,"
                + " targetQueue), which does not exist in the org and is not created by this plan: publishing the flow"
                + " fails", targets.get(0).message());
        assertEquals(new LiveObject("QUEUE", QUEUE, null, "VIP Lounge"), targets.get(0).object());
        assertEquals("Flow \"Main Inbound\" refers to queue \"Sales\" (flows/inbound_main.yaml line 112, targetQueue),"
                + " which this plan deletes (module.queues.genesyscloud_routing_queue.sales): the flow breaks",
                targets.get(1).message());
        assertEquals(Northwind.id(QUEUE, "Sales"), targets.get(1).object().id());
    }

    @Test
    void aRenamedDataActionLeavesTheFlowNamingTheOldName() throws IOException {
        exampleFlow("inbound_main.yaml");
        String action = Northwind.id("genesyscloud_integration_action", "CRM - Lookup Customer");
        Plan plan = inboundMain(inboundMainSubstitutions())
                .update("module.integrations.genesyscloud_integration_action.lookup_customer",
                        values("id", action, "name", "CRM - Lookup Customer"),
                        values("id", action, "name", "CRM - Find Customer"))
                .read(dir);

        List<Finding> targets = simulate(plan, Northwind.org()).findings(Finding.Code.FLOW_TARGET_MISSING);

        assertEquals(List.of("Flow \"Main Inbound\" refers to data action \"CRM - Lookup Customer\" (category \"CRM Web"
                + " Services\") (flows/inbound_main.yaml line 46, dataAction), which this plan renames to \"CRM - Find"
                + " Customer\" (module.integrations.genesyscloud_integration_action.lookup_customer): the flow breaks"),
                targets.stream().map(Finding::message).toList());
    }

    // ---------------------------------------------------------------- FLOW_FILE_UNAVAILABLE

    @Test
    void unreadableFlowFilesAreWarningsAndTheCheckGoesOn() throws IOException {
        exampleFlow("inbound_main.yaml");
        Map<String, Object> partial = inboundMainSubstitutions();
        partial.remove("vip_queue");
        Path outside = Files.createTempFile("outside", ".yaml");
        Plan plan = plan()
                .create("module.flows.genesyscloud_flow.missing", values("filepath", "flows/nope.yaml"))
                .create("module.flows.genesyscloud_flow.absolute", values("filepath", outside.toString()))
                .create("module.flows.genesyscloud_flow.remote", values("filepath", "s3://northwind-flows/main.yaml"))
                .create("module.flows.genesyscloud_flow.partial", values("filepath", "flows/inbound_main.yaml",
                        "substitutions", partial))
                .create("module.flows.genesyscloud_flow.later", values("substitutions", Map.of()), "filepath")
                .create("module.queues.genesyscloud_routing_queue.x", values("name", "X",
                        "wrapup_codes", List.of("0badc0de-0000-4000-8000-000000000001")))
                .read(dir);

        Simulation s = simulate(plan, Northwind.org());

        assertEquals(List.of("FLOW_FILE_UNAVAILABLE", "FLOW_FILE_UNAVAILABLE", "FLOW_FILE_UNAVAILABLE",
                "FLOW_FILE_UNAVAILABLE", "FLOW_FILE_UNAVAILABLE", "MISSING_REFERENCE"),
                s.findings().stream().map(f -> f.code().name()).toList());
        assertTrue(s.findings().stream().limit(5).allMatch(f -> f.severity() == Finding.Severity.WARNING));
        List<String> messages = s.findings().stream().map(Finding::message).toList();
        assertTrue(messages.get(0).contains("the flow file flows/nope.yaml does not exist"), messages.get(0));
        assertTrue(messages.get(1).contains("is an absolute path outside the module directory"), messages.get(1));
        assertTrue(messages.get(2).contains("s3://northwind-flows/main.yaml is remote"), messages.get(2));
        assertTrue(messages.get(3).contains("keeps unfilled placeholders {{vip_queue}}: the resource's substitutions do"
                + " not fill them, and cxgate does not guess their values"), messages.get(3));
        assertTrue(messages.get(4).contains("its filepath is known only after apply"), messages.get(4));
        assertTrue(messages.get(0).endsWith("The queues, data actions and other objects it names were not checked"));
        assertNull(s.findings().get(0).object());
        Files.delete(outside);
    }

    // ---------------------------------------------------------------- what a snapshot cannot answer

    @Test
    void aSnapshotWithoutFlowsCannotTellWhichFlowsUseADeletedQueue() {
        Plan plan = plan().delete("module.queues.genesyscloud_routing_queue.spanish_legacy",
                values("id", Northwind.id(QUEUE, "Spanish Line (legacy)"), "name", "Spanish Line (legacy)")).read(dir);

        Simulation s = simulate(plan, Northwind.only(List.of(QUEUE, "genesyscloud_routing_email_route",
                "genesyscloud_routing_email_domain")));

        assertEquals(List.of("DELETE_IN_USE module.queues.genesyscloud_routing_queue.spanish_legacy"), codes(s));
        assertEquals(List.of("the org snapshot holds no dependency edges (exported without genesyscloud_flow): which"
                + " flows use module.queues.genesyscloud_routing_queue.spanish_legacy is not checked"), s.warnings());
    }

    @Test
    void consumersTheyThemselvesDeleteDoNotCount() {
        // the plan deletes the queue and both flows that use it
        String queue = Northwind.id(QUEUE, "Spanish Line (legacy)");
        String flow = Northwind.id(FLOW, "Spanish Main Line");
        OrgSnapshot org = Northwind.org();
        Plan plan = plan()
                .delete("module.queues.genesyscloud_routing_queue.spanish_legacy", values("id", queue,
                        "name", "Spanish Line (legacy)"))
                .delete("module.flows.genesyscloud_flow.spanish_main", values("id", flow, "name", "Spanish Main Line",
                        "type", "INBOUNDCALL"))
                .delete("module.flows.genesyscloud_flow.spanish_email", values("id",
                        Northwind.id(FLOW, "Spanish Email"), "name", "Spanish Email", "type", "INBOUNDEMAIL"))
                .read(dir);

        Simulation s = simulate(plan, org);

        // only the email route (unmanaged) still uses the queue; the IVR still uses the flow
        assertEquals(List.of("DELETE_IN_USE module.queues.genesyscloud_routing_queue.spanish_legacy",
                "DELETE_IN_USE module.flows.genesyscloud_flow.spanish_main"), codes(s));
        assertEquals("EMAILROUTE", s.findings().get(0).object().apiType());
        assertEquals("IVRCONFIGURATION", s.findings().get(1).object().apiType());
    }

    @Test
    void aReplacedLanguageStrandsAnUnmanagedInQueueFlowFoundByDependencyTracking() {
        String language = Northwind.id("genesyscloud_routing_language", "Spanish");
        OrgObject hold = new OrgObject("4f1c8a52-9d3e-4b7a-8c21-5e6f7a8b9c0d", "Spanish Hold", FLOW, "INQUEUECALLFLOW",
                null, Map.of("flowType", "INQUEUECALL", "publishedVersionId", "2.0"), Instant.EPOCH, null);
        OrgSnapshot org = Northwind.with(List.of(hold), List.of(new Dependency(hold.id(), hold.name(),
                "INQUEUECALLFLOW", language, "ACDLANGUAGE")));
        Plan plan = plan().replace("module.skills.genesyscloud_routing_language.language[\"spanish\"]",
                values("id", language, "name", "Spanish"), values("name", "Spanish (Spain)")).read(dir);

        Simulation s = simulate(plan, org);

        assertEquals(List.of("Spanish Hold", "Spanish Main Line", "espanol@northwind-retail.mypurecloud.com",
                "Ana Moreno"), s.findings().stream().map(f -> f.object().name()).toList());
        assertTrue(s.findings().stream().allMatch(f -> f.code() == Finding.Code.REPLACE_CHANGES_ID));
        assertEquals("Language \"Spanish\" is replaced, so it gets a new ID, but 4 users Terraform does not manage (Ana"
                + " Moreno, Divya Patel, Lucia Romero and 1 more) hold the old one: they lose the language",
                s.findings().get(3).message());
    }

    @Test
    void flowReferencesToTypesASnapshotLacksAreWarningsNotFindings() throws IOException {
        exampleFlow("inbound_main.yaml");
        Plan plan = inboundMain(inboundMainSubstitutions()).read(dir);

        Simulation s = simulate(plan, Northwind.only(List.of(QUEUE)));

        assertEquals(List.of(), s.findings());
        assertEquals(List.of("the org snapshot has no genesyscloud_auth_division objects (exported without that type?):"
                + " flow module.flows.genesyscloud_flow.inbound_main references to divisions are not checked",
                "the org snapshot has no genesyscloud_integration_action objects (exported without that"
                + " type?): flow module.flows.genesyscloud_flow.inbound_main references to data actions are not checked",
                "the org snapshot has no genesyscloud_architect_schedulegroups objects (exported without that type?):"
                        + " flow module.flows.genesyscloud_flow.inbound_main references to schedule groups are not"
                        + " checked"), s.warnings());
    }
}
