package io.cxgate.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.simulate.FlowFiles.FlowFile;
import io.cxgate.testing.Fixtures;

/**
 * Reference extraction on the 24 real Archy flows of {@code ../shared/fixtures/archy-flows/}, each
 * with the substitutions its Terraform (in {@code cx-as-code-hcl/}) gives it; values that come from
 * variables or other resources are filled with what those resolve to in the blueprints.
 */
class ArchyFlowTest {

    /** File, substitutions, the flow's type and name, and every reference as "kind name (detail)". */
    static Stream<Arguments> realFlows() {
        return Stream.of(
                flow("cx-as-code-cicd-gitactions-blueprint/EmailComprehendFlow.yaml", Map.of(),
                        "INBOUNDEMAIL", "EmailAWSComprehendFlow",
                        // findQueue looks the queue up by a runtime value (exp): not a reference
                        "data action \"LookupQueueName\" (category \"ComprehendDataAction\")",
                        "queue \"GeneralSupport\""),
                flow("dr-fallback-ivr/DR-Emergency-IVR.yaml", Map.of("ivr_initial_greeting", "Welcome to Acme Financial",
                        "ivr_failure", "Sorry, something went wrong", "ivr_callback", "Leave your number"),
                        "INBOUNDCALL", "DR-Emergency-IVR",
                        "queue \"Life Insurance\"", "queue \"Annuity\"", "queue \"Mutual Funds\"", "queue \"Brokerage\"",
                        "queue \"Health Insurance\"", "queue \"General Help\"",
                        // evaluateScheduleGroup's emergencyGroup: lit: name
                        "emergency group \"Organization Evacuation Emergency Group\""),
                flow("dr-fallback-ivr/DR-Fallback-Ivr.yaml", Map.of("ivr_failure", "Sorry", "ivr_callback", "Call back"),
                        "INBOUNDCALL", "DR-Fallback-IVR", "queue \"General Help\""),
                flow("genesys-cloud-call-park/call-park-agent-inbound-flow.yaml", Map.of(
                        "flow_name", "Call Park Agent - Inbound Flow - CX", "division_name", "Home",
                        "in_queue_flow_name", "InQueue - Orbit Call Park Hold - CX", "queue_name", "Call Park Agent"),
                        "INBOUNDCALL", "Call Park Agent - Inbound Flow - CX", "division \"Home\"",
                        "queue \"Call Park Agent\"", "flow \"InQueue - Orbit Call Park Hold - CX\""),
                flow("genesys-cloud-call-park/default-in-queue-flow.yaml", Map.of(
                        "flow_name", "Default In-Queue Flow - CX", "division_name", "Home"),
                        "INQUEUECALL", "Default In-Queue Flow - CX", "division \"Home\""),
                flow("genesys-cloud-call-park/in-queue-orbit-call-park-hold.yaml", Map.of(
                        "flow_name", "InQueue - Orbit Call Park Hold - CX", "division_name", "Home"),
                        "INQUEUECALL", "InQueue - Orbit Call Park Hold - CX", "division \"Home\""),
                flow("genesys-cloud-call-park/orbit-parked-call-retrieval.yaml", Map.of(
                        "flow_name", "Orbit - Parked Call Retrieval - CX", "division_name", "Home",
                        "data_action_category", "Call Park Data Actions", "data_action_name_1", "Get Waiting Calls",
                        "data_action_name_2", "Replace Participant with ANI",
                        "data_action_name_3", "Update External Tag", "queue_id", "5b0c7e1a-1f4e-4a8e-9d6c-2f3b4a5c6d7e"),
                        "INBOUNDCALL", "Orbit - Parked Call Retrieval - CX", "division \"Home\"",
                        // placeholders used as mapping keys; the queue given by ID is a data action input
                        "data action \"Get Waiting Calls\" (category \"Call Park Data Actions\")",
                        "data action \"Replace Participant with ANI\" (category \"Call Park Data Actions\")"),
                flow("simple-ivr-deploy-with-cx-as-code-blueprint/SimpleFinancialIvr_v2-0.yaml", Map.of(),
                        "INBOUNDCALL", "SimpleFinancialIvr", "division \"Home\"",
                        "queue \"Simple Financial 401K queue\"", "queue \"Simple Financial IRA queue\""),
                flow("terraform-provider-genesyscloud/action_media_types_journey_action_map_dependency_flow.yaml",
                        Map.of(), "INBOUNDSHORTMESSAGE", "terraform_test_action_media_types_action_map_dependency"),
                flow("terraform-provider-genesyscloud/closedhours_flow.yaml", Map.of(), "INBOUNDCALL", "ClosedHours_Flow",
                        "division \"Home\""),
                flow("terraform-provider-genesyscloud/holiday_flow.yaml", Map.of(), "INBOUNDCALL", "Holiday_Flow",
                        "division \"Home\""),
                flow("terraform-provider-genesyscloud/inboundcall_flow_example.yaml", Map.of(), "INBOUNDCALL",
                        "Terraform Test Flow log level d9ae1d02-aba7-48c3-8275-a6c8b82c15c7"),
                flow("terraform-provider-genesyscloud/inboundcall_flow_example2.yaml", Map.of(), "INBOUNDCALL",
                        "Terraform Flow Test-fbfcd724-b60f-4aa4-8ca4-766495a40e42"),
                flow("terraform-provider-genesyscloud/inboundcall_flow_example3.yaml", Map.of(), "INBOUNDEMAIL",
                        "Terraform Flow Test-fbfcd724-b60f-4aa4-8ca4-766495a40e42"),
                flow("terraform-provider-genesyscloud/inboundcall_flow_example_substitutions.yaml", Map.of(
                        "flow_name", "An example flow", "default_language", "en-us", "greeting", "Hello World",
                        "menu_disconnect_name", "Disconnect", "description", "Filled by hand"),
                        "INBOUNDCALL", "An example flow"),
                flow("terraform-provider-genesyscloud/inboundmessage_flow_example.yaml", Map.of(
                        "flow_name", "An example inbound message flow", "home_division_name", "Home"),
                        "INBOUNDSHORTMESSAGE", "An example inbound message flow", "division \"Home\""),
                flow("terraform-provider-genesyscloud/inqueuecall_default_example.yaml", Map.of(), "INQUEUECALL",
                        "In-Queue Flow", "division \"Home\""),
                flow("terraform-provider-genesyscloud/openhours_flow.yaml", Map.of(), "INBOUNDCALL", "OpenHours_Flow",
                        "division \"Home\""),
                flow("terraform-provider-genesyscloud/outboundcall_flow_example.yaml", Map.of(
                        "flow_name", "An example outbound flow", "home_division_name", "Home",
                        "contact_list_name", "Example Contact List", "wrapup_code_name", "win"),
                        // settingsOutboundCall names the contact list and the wrap-up code
                        "OUTBOUNDCALL", "An example outbound flow", "division \"Home\"",
                        "contact list \"Example Contact List\"", "wrap-up code \"win\""),
                flow("terraform-provider-genesyscloud/trigger_workflow_example.yaml", Map.of(), "WORKFLOW",
                        "terraform-provider-test-0aeedeae-957d-40e1-bb16-0312a8e61888", "division \"New Home\""),
                flow("terraform-provider-genesyscloud/workflow_flow_example.yaml", Map.of(), "WORKFLOW",
                        "Workflow Flow Example", "division \"Home\""),
                flow("webmessaging-chatbot-on-off-hours/del-webmessage_flow.yaml", Map.of(), "INBOUNDSHORTMESSAGE",
                        "chat_bot_hours_differentiator", "division \"New Home\"",
                        "schedule \"hours_differentiator_schedule\"", "queue \"chat11\"",
                        "flow \"hours_differentiator_webmessage_bot\" (bot flow)", "script \"chat_hours_script\"",
                        "queue \"hours_differentiator_queue\""),
                flow("webmessaging-chatbot-on-off-hours/webmessage_bot_flow.yaml", Map.of(), "BOT",
                        "hours_differentiator_webmessage_bot", "division \"New Home\""),
                flow("webmessaging-chatbot-on-off-hours/webmessage_flow.yaml", Map.of(
                        "flow_name", "hours_differentiator_webmessage_flow", "default_language", "en-us",
                        "acd_queue_name", "hours_differentiator_queue", "schedule_name", "hours_differentiator_schedule"),
                        "INBOUNDSHORTMESSAGE", "chat_bot_hours_differentiator", "division \"New Home\"",
                        // the schedule and queue come from quoted placeholders; the bot flow and script are keys
                        "schedule \"hours_differentiator_schedule\"", "queue \"chat11\"",
                        "flow \"hours_differentiator_webmessage_bot\" (bot flow)", "script \"chat_hours_script\"",
                        "queue \"hours_differentiator_queue\""));
    }

    private static Arguments flow(String file, Map<String, String> substitutions, String type, String name,
            String... references) {
        return Arguments.of(file, substitutions, type, name, List.of(references));
    }

    private static Path fixture(String file) {
        return Fixtures.shared("archy-flows").resolve(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFlows")
    void theRealFlowsYieldTheirByNameReferences(String file, Map<String, String> substitutions, String type,
            String name, List<String> references) throws IOException {
        FlowFile flow = FlowFile.of(file, Files.readString(fixture(file)), substitutions);

        assertTrue(flow.available(), flow.problem());
        assertEquals(type, flow.flow().flowType());
        assertEquals(name, flow.flow().name());
        assertEquals(references, flow.flow().references().stream().map(FlowReference::describe).toList());
    }

    @Test
    void thereAreTwentyFourRealFlowsAndEachIsCovered() throws IOException {
        Path root = Fixtures.shared("archy-flows");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> files.add(root.relativize(p).toString()));
        }
        assertEquals(24, files.size());
        assertEquals(files.stream().sorted().toList(),
                realFlows().map(a -> (String) a.get()[0]).sorted().toList());
    }

    @Test
    void unquotedPlaceholdersAreOnlyValidYamlAfterSubstitution() throws IOException {
        String text = Files.readString(fixture("genesys-cloud-call-park/call-park-agent-inbound-flow.yaml"));

        FlowFile unfilled = FlowFile.of("f.yaml", text, Map.of("flow_name", "X", "division_name", "Home"));

        assertFalse(unfilled.available());
        assertEquals(List.of("queue_name", "in_queue_flow_name"), unfilled.placeholders());
        assertTrue(unfilled.problem().contains("keeps unfilled placeholders {{queue_name}}, {{in_queue_flow_name}}"),
                unfilled.problem());
    }

    @Test
    void aPlaceholderTheResourceDoesNotFillIsNamedNotGuessed() throws IOException {
        // the provider's example supplies 4 of the 5 placeholders: {{description}} stays unfilled
        String text = Files.readString(fixture("terraform-provider-genesyscloud/inboundcall_flow_example_substitutions.yaml"));

        FlowFile flow = FlowFile.of("f.yaml", text, Map.of("flow_name", "An example flow", "default_language", "en-us",
                "greeting", "Hello World", "menu_disconnect_name", "Disconnect"));

        assertEquals(List.of("description"), flow.placeholders());
    }

    @Test
    void linesPointAtTheNameInTheFile() throws IOException {
        FlowFile flow = FlowFile.of("f.yaml", Files.readString(fixture("dr-fallback-ivr/DR-Emergency-IVR.yaml")),
                Map.of("ivr_initial_greeting", "a", "ivr_failure", "b", "ivr_callback", "c"));

        FlowReference first = flow.flow().references().get(0);
        assertEquals("targetQueue", first.key());
        assertEquals(120, first.line());
        assertEquals(FlowTarget.QUEUE, first.target());
    }

    @Test
    void promptsFindActionsAndStatementsAreReferencesButSystemPromptsAreNot() {
        String yaml = """
                inQueueCall:
                  name: Hold
                  settingsInQueueCall:
                    holdMusic:
                      lit:
                        name: PromptSystem.on_hold_music
                  tasks:
                    - task:
                        name: T
                        variables:
                          - queueVariable:
                              name: Task.q
                              initialValue:
                                lit:
                                  name: Overflow
                        actions:
                          - playAudio:
                              audio:
                                exp: AudioPlaybackOptions(ToAudio(Prompt.WelcomeGreeting), true)
                          - findQueue:
                              findName:
                                lit: Billing
                              findResult:
                                var: Task.q
                          - findScheduleGroup:
                              findName:
                                exp: Task.groupName
                          - holdMusic:
                              prompt:
                                lit:
                                  name: Prompt.SalesHold
                          - callCommonModule:
                              commonModule:
                                Shared Greeting:
                                  ver_latestPublished:
                                    inputs: {}
                          - transferToFlow:
                              targetFlow:
                                name: Survey
                """;

        List<String> refs = ArchyFlow.parse(yaml).references().stream().map(FlowReference::describe).toList();

        assertEquals(List.of("queue \"Overflow\"", "user prompt \"WelcomeGreeting\"", "queue \"Billing\"",
                "user prompt \"SalesHold\"", "flow \"Shared Greeting\" (common module)", "flow \"Survey\""), refs);
        assertEquals("INQUEUECALLFLOW", ArchyFlow.parse(yaml).objectType());
    }

    @Test
    void placeholdersInCommentsDoNotCount() {
        assertEquals(List.of("b"), ArchyFlow.placeholders("# fill {{a}} here\nname: \"{{b}}\" # and {{c}}\n"
                + "tts: \"say # {{b}}\"\n"));
    }

    @Test
    void textThatIsNotAFlowIsRefusedWithALine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArchyFlow.parse("inboundCall:\n  name: [unclosed\n"));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArchyFlow.parse("- just\n- a list\n"));
    }

    @Test
    void substitutionIsTextualSoKeysAndUnquotedValuesWork() {
        Map<String, String> subs = new LinkedHashMap<>();
        subs.put("cat", "CRM");
        subs.put("action", "Lookup");
        String text = "inboundCall:\n  name: {{name}}\n  a:\n    category:\n      {{cat}}:\n        dataAction:\n"
                + "          {{action}}:\n            inputs: {}\n";
        subs.put("name", "Main");

        ArchyFlow flow = ArchyFlow.parse(ArchyFlow.substitute(text, subs));

        assertEquals("Main", flow.name());
        assertEquals(List.of("data action \"Lookup\" (category \"CRM\")"),
                flow.references().stream().map(FlowReference::describe).toList());
    }
}
