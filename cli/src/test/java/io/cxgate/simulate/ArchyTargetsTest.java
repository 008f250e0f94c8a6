package io.cxgate.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 10: the by-name references beyond queues and prompts, in Archy's documented forms
 * (the real fixture flows are in {@link ArchyFlowTest}).
 */
class ArchyTargetsTest {

    private static List<String> refs(String yaml) {
        return ArchyFlow.parse(yaml).references().stream().map(r -> r.describe() + " @" + r.line() + " " + r.key())
                .toList();
    }

    @Test
    void transfersNameSkillsGroupsUsersAndPreferredAgents() {
        String yaml = """
                inboundCall:
                  name: Main
                  division: Sales Division
                  tasks:
                    - task:
                        name: T
                        actions:
                          - transferToAcd:
                              targetQueue:
                                lit:
                                  name: Sales
                              acdSkills:
                                - acdSkill:
                                    lit:
                                      name: Spanish Billing
                                - acdSkill:
                                    noValue: true
                                - acdSkill:
                                    exp: Task.skill
                              preferredAgents:
                                lit:
                                  - user:
                                      lit:
                                        email: ana@example.com
                                  - user:
                                      lit:
                                        name: Bo Diaz
                          - transferToGroup:
                              targetGroup:
                                lit:
                                  name: Escalations
                          - transferToUser:
                              targetUser:
                                lit:
                                  name: Cy Evans
                          - transferToVoicemail:
                              destination:
                                user:
                                  targetUser:
                                    lit:
                                      email: dee@example.com
                          - transferToAcd:
                              targetQueue:
                                lit:
                                  name: Sales
                              preferredAgents:
                                noValue: true
                """;

        assertEquals(List.of(
                "division \"Sales Division\" @3 division",
                "queue \"Sales\" @11 targetQueue",
                "skill \"Spanish Billing\" @15 acdSkill",
                "user \"ana@example.com\" @24 preferredAgents",
                "user \"Bo Diaz\" @27 preferredAgents",
                "group \"Escalations\" @31 targetGroup",
                "user \"Cy Evans\" @35 targetUser",
                "user \"dee@example.com\" @41 targetUser"), refs(yaml));
    }

    @Test
    void dataTablesAndLiteralNamesInExpressions() {
        String yaml = """
                inboundCall:
                  name: Main
                  tasks:
                    - task:
                        name: T
                        actions:
                          - dataTableLookup:
                              name: Look up the branch
                              lookupValue:
                                exp: Call.Ani
                              dataTable:
                                Branch Directory:
                                  foundOutputs: {}
                          - updateData:
                              statements:
                                - queue:
                                    variable: Task.q
                                    value:
                                      exp: FindQueue("Overflow")
                                - skill:
                                    variable: Task.s
                                    value:
                                      exp: If(Call.Ani == "+1", FindSkill( "VIP" ), FindSkill(Task.name))
                                - string:
                                    variable: Task.t
                                    value:
                                      exp: Append("FindQueue(\\"x\\")", FindQueueById("q-1"))
                          - evaluateScheduleGroup:
                              scheduleGroup:
                                exp: FindScheduleGroup("Weekday Hours")
                              emergencyGroup:
                                lit:
                                  name: Evacuation
                          - playAudio:
                              audio:
                                exp: ToAudio(FindUserPrompt("Welcome"))
                """;

        assertEquals(List.of(
                "data table \"Branch Directory\" @12 dataTable",
                "queue \"Overflow\" @19 FindQueue",
                "skill \"VIP\" @23 FindSkill",
                "schedule group \"Weekday Hours\" @30 FindScheduleGroup",
                "emergency group \"Evacuation\" @33 emergencyGroup",
                "user prompt \"Welcome\" @36 FindUserPrompt"), refs(yaml));
    }

    @Test
    void aDivisionKeyBelowTheTopIsNoReference() {
        String yaml = """
                inboundCall:
                  name: Main
                  settings:
                    division: Not a division
                """;

        assertEquals(List.of(), refs(yaml));
    }
}
