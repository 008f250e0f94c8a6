package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.Plan;
import io.cxgate.testing.Fixtures;

/**
 * Issue 15 item 10: what real flow files name beyond queues and prompts — the division, emergency
 * groups, contact lists, ACD skills, groups, users, preferred agents, data tables and literal
 * names in expressions — is FLOW_TARGET_MISSING when the org lacks it, live and from a snapshot.
 */
class FlowTargetScenarioTest {

    @TempDir
    Path dir;

    private static OrgObject object(String type, String apiType, String id, String name, Map<String, Object> attrs) {
        return new OrgObject(id, name, type, apiType, null, attrs, null, null);
    }


    private static OrgObject queue(String name) {
        return object("genesyscloud_routing_queue", "QUEUE", "q-" + name.replace(' ', '-'), name, Map.of());
    }

    private void fixture(String file) throws IOException {
        Path target = dir.resolve("flows").resolve(Path.of(file).getFileName());
        Files.createDirectories(target.getParent());
        Files.copy(Fixtures.shared("archy-flows").resolve(file), target);
    }


    @Test
    void theEmergencyGroupOfTheDrIvrMustExist() throws IOException {
        fixture("dr-fallback-ivr/DR-Emergency-IVR.yaml");
        List<OrgObject> objects = new ArrayList<>(List.of(OrgScenarios.homeDivision()));
        for (String q : List.of("Life Insurance", "Annuity", "Mutual Funds", "Brokerage", "Health Insurance",
                "General Help")) {
            objects.add(queue(q));
        }
        Plan plan = plan().create("genesyscloud_flow.dr_emergency", values("filepath", "flows/DR-Emergency-IVR.yaml",
                "substitutions", Map.of("ivr_initial_greeting", "Welcome", "ivr_failure", "Sorry",
                        "ivr_callback", "Leave your number"))).read(dir);

        Simulation missing = OrgScenarios.liveAndSnapshot(plan, TestOrgs.of(objects, List.of()), dir);

        assertEquals(List.of("FLOW_TARGET_MISSING error: Flow \"DR-Emergency-IVR\" refers to emergency group"
                + " \"Organization Evacuation Emergency Group\" (flows/DR-Emergency-IVR.yaml line 355, emergencyGroup),"
                + " which does not exist in the org and is not created by this plan: publishing the flow fails"),
                OrgScenarios.messages(missing));

        objects.add(object("genesyscloud_architect_emergencygroup", "EMERGENCYGROUP", "eg-1",
                "Organization Evacuation Emergency Group", Map.of("state", "active")));
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, TestOrgs.of(objects, List.of()), dir).findings());
    }

    @Test
    void theOutboundFlowNeedsItsDivisionAndContactListUnlessThePlanCreatesIt() throws IOException {
        fixture("terraform-provider-genesyscloud/outboundcall_flow_example.yaml");
        List<OrgObject> objects = List.of(OrgScenarios.homeDivision(),
                object("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "w-1", "win", Map.of()));
        Map<String, Object> subs = Map.of("flow_name", "Collections Outbound", "home_division_name", "Collections",
                "contact_list_name", "Overdue Accounts", "wrapup_code_name", "win");
        TestPlans flow = plan().create("genesyscloud_flow.outbound", values(
                "filepath", "flows/outboundcall_flow_example.yaml", "substitutions", subs));

        Simulation s = OrgScenarios.liveAndSnapshot(flow.read(dir), TestOrgs.of(objects, List.of()), dir);

        assertEquals(List.of(
                "FLOW_TARGET_MISSING error: Flow \"Collections Outbound\" refers to division \"Collections\""
                        + " (flows/outboundcall_flow_example.yaml line 3, division), which does not exist in the org and"
                        + " is not created by this plan: publishing the flow fails",
                "FLOW_TARGET_MISSING error: Flow \"Collections Outbound\" refers to contact list \"Overdue Accounts\""
                        + " (flows/outboundcall_flow_example.yaml line 18, contactList), which does not exist in the org"
                        + " and is not created by this plan: publishing the flow fails"), OrgScenarios.messages(s));

        Plan creating = flow.create("genesyscloud_auth_division.collections", values("name", "Collections"))
                .create("genesyscloud_outbound_contact_list.overdue", values("name", "Overdue Accounts",
                        "column_names", List.of("Phone")))
                .read(dir);
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(creating, TestOrgs.of(objects, List.of()), dir)
                .findings());
    }

    @Test
    void theCallParkFlowsKeepTheirHomeDivisionButNotARenamedOne() throws IOException {
        fixture("genesys-cloud-call-park/default-in-queue-flow.yaml");
        OrgObject sales = object("genesyscloud_auth_division", "DIVISION", "d-sales", "Sales", Map.of());
        List<OrgObject> objects = List.of(OrgScenarios.homeDivision(), sales);
        TestPlans flow = plan().create("genesyscloud_flow.in_queue", values("filepath", "flows/default-in-queue-flow.yaml",
                "substitutions", Map.of("flow_name", "Default In-Queue Flow - CX", "division_name", "Home")));
        Plan homeRemoved = flow.delete("genesyscloud_auth_division.home", values("id", OrgScenarios.HOME_DIVISION_ID,
                "name", "Home",
                "home", true)).read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(homeRemoved, TestOrgs.of(objects, List.of()), dir)
                .findings(Finding.Code.FLOW_TARGET_MISSING));

        Plan renamed = plan().create("genesyscloud_flow.in_queue", values("filepath", "flows/default-in-queue-flow.yaml",
                "substitutions", Map.of("flow_name", "Default In-Queue Flow - CX", "division_name", "Sales")))
                .update("genesyscloud_auth_division.sales", values("id", "d-sales", "name", "Sales"),
                        values("id", "d-sales", "name", "Sales EMEA"))
                .read(dir);
        assertEquals(List.of("FLOW_TARGET_MISSING error: Flow \"Default In-Queue Flow - CX\" refers to division"
                + " \"Sales\" (flows/default-in-queue-flow.yaml line 4, division), which this plan renames to"
                + " \"Sales EMEA\" (genesyscloud_auth_division.sales): the flow breaks"),
                OrgScenarios.messages(OrgScenarios.liveAndSnapshot(renamed, TestOrgs.of(objects, List.of()), dir)));
    }

    @Test
    void skillsGroupsUsersDataTablesAndExpressionNamesInAnArchyFlow() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("flows/transfer.yaml"), """
                inboundCall:
                  name: Transfers
                  division: Home
                  tasks:
                    - task:
                        name: T
                        actions:
                          - dataTableLookup:
                              lookupValue:
                                exp: Call.Ani
                              dataTable:
                                Branch Directory:
                                  foundOutputs: {}
                          - transferToAcd:
                              targetQueue:
                                exp: FindQueue("Billing")
                              acdSkills:
                                - acdSkill:
                                    lit:
                                      name: Spanish
                              preferredAgents:
                                lit:
                                  - user:
                                      lit:
                                        email: ana@example.com
                          - transferToGroup:
                              targetGroup:
                                lit:
                                  name: Escalations
                          - transferToUser:
                              targetUser:
                                lit:
                                  name: Bo Diaz
                """);
        OrgObject ana = object("genesyscloud_user", "USER", "u-ana", "Ana Ruiz", Map.of("email", "ana@example.com",
                "state", "active"));
        List<OrgObject> objects = List.of(OrgScenarios.homeDivision(), ana, queue("Billing"));
        Plan plan = plan().create("genesyscloud_flow.transfers", values("filepath", "flows/transfer.yaml")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, TestOrgs.of(objects, List.of()), dir);

        assertEquals(List.of(
                "data table \"Branch Directory\" (flows/transfer.yaml line 12, dataTable)",
                "skill \"Spanish\" (flows/transfer.yaml line 20, acdSkill)",
                "group \"Escalations\" (flows/transfer.yaml line 29, targetGroup)",
                "user \"Bo Diaz\" (flows/transfer.yaml line 33, targetUser)"),
                s.findings(Finding.Code.FLOW_TARGET_MISSING).stream().map(f -> f.message()
                        .replaceFirst("^Flow \"Transfers\" refers to ", "")
                        .replaceFirst(", which does not exist in the org and is not created by this plan: publishing"
                                + " the flow fails$", "")).toList());
        assertEquals(4, s.findings().size(), s.findings().toString());
    }
}
