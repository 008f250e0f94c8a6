package io.cxgate.terraform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cxgate.redact.Redactor;

class ConsoleFilterTest {
    private static final String NOTICE = ConsoleFilter.WITHHELD_NOTICE;
    private static final String RULE = "─".repeat(77);

    private static List<String> shown(Redactor redactor, String output) {
        ConsoleFilter filter = new ConsoleFilter(redactor);
        List<String> shown = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            filter.filter(line).ifPresent(shown::add);
        }
        return shown;
    }

    private static List<String> shown(String output) {
        return shown(Redactor.none(), output);
    }

    @Test
    void theDiffBodyUpToThePlanLineIsReplacedByOneNotice() {
        List<String> shown = shown("""
                genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]

                Terraform used the selected providers to generate the following execution
                plan. Resource actions are indicated with the following symbols:
                  ~ update in-place

                Terraform will perform the following actions:

                  # genesyscloud_routing_queue.sales will be updated in-place
                  ~ resource "genesyscloud_routing_queue" "sales" {
                      ~ acw_timeout_ms = 30000 -> 60000
                    }

                Plan: 0 to add, 1 to change, 0 to destroy.

                """ + RULE + """


                Saved the plan to: plan.tfplan

                To perform exactly these actions, run the following command to apply:
                    terraform apply "plan.tfplan"
                """);

        assertEquals(List.of(
                "genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]",
                "",
                "Terraform used the selected providers to generate the following execution",
                "plan. Resource actions are indicated with the following symbols:",
                "  ~ update in-place",
                "",
                NOTICE,
                "",
                RULE,
                "",
                "Saved the plan to: plan.tfplan",
                "",
                "To perform exactly these actions, run the following command to apply:",
                "    terraform apply \"plan.tfplan\"",
                ""), shown);
    }

    @Test
    void openTofusWordingIsWithheldToo() {
        List<String> shown = shown("""
                OpenTofu will perform the following actions:
                  + resource "genesyscloud_routing_skill" "x" {
                      + name = "secret-ish"
                    }
                Plan: 1 to add, 0 to change, 0 to destroy.
                done""");

        assertEquals(List.of(NOTICE, "done"), shown);
    }

    @Test
    void aDriftReportAndTheActionsAfterItAreWithheldWithOneNotice() {
        List<String> shown = shown("""
                Note: Objects have changed outside of Terraform

                Terraform detected the following changes made outside of Terraform since the
                last "terraform apply" which may have affected this plan:

                  # genesyscloud_user.agent has changed
                  ~ resource "genesyscloud_user" "agent" {
                      ~ email = "old@example.com" -> "new@example.com"
                    }

                Unless you have made equivalent changes to your configuration, or ignored the
                relevant attributes using ignore_changes, the following plan may include
                actions to undo or respond to these changes.

                """ + RULE + """


                Terraform will perform the following actions:
                  ~ email = "new@example.com" -> "old@example.com"

                Plan: 0 to add, 1 to change, 0 to destroy.
                Saved the plan to: plan.tfplan""");

        assertEquals(List.of(NOTICE, RULE, "", "Saved the plan to: plan.tfplan"), shown);
        assertTrue(shown.stream().noneMatch(line -> line.contains("example.com")));
    }

    @Test
    void aRefreshOnlyDriftReportEndsBeforeTheRefreshOnlyNote() {
        List<String> shown = shown("""
                Note: Objects have changed outside of OpenTofu

                OpenTofu detected the following changes made outside of OpenTofu since the
                last "tofu apply":

                  # genesyscloud_routing_queue.sales has changed
                  ~ acw_timeout_ms = 30000 -> 90000

                This is a refresh-only plan, so OpenTofu will not take any actions to undo
                these.""");

        assertEquals(List.of(NOTICE, "This is a refresh-only plan, so OpenTofu will not take any actions to undo",
                "these."), shown);
    }

    @Test
    void outputChangesAfterThePlanLineAreWithheldWithoutASecondNotice() {
        List<String> shown = shown("""
                Terraform will perform the following actions:
                  + x
                Plan: 1 to add, 0 to change, 0 to destroy.

                Changes to Outputs:
                  + queue_id = "9d1e-output-value"

                """ + RULE + """

                Saved the plan to: plan.tfplan""");

        assertEquals(List.of(NOTICE, "", RULE, "Saved the plan to: plan.tfplan"), shown);
    }

    @Test
    void aPlanWithoutChangesIsShownInFull() {
        List<String> shown = shown("""
                genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]

                No changes. Your infrastructure matches the configuration.""");

        assertEquals(3, shown.size());
        assertEquals("No changes. Your infrastructure matches the configuration.", shown.get(2));
    }

    @Test
    void endMarkersInsideTheIndentedDiffDoNotEndIt() {
        List<String> shown = shown("""
                Terraform will perform the following actions:
                  ~ resource "genesyscloud_flow" "ivr" {
                      ~ description = <<-EOT
                            Plan: 3 to add
                            No changes.
                            Saved the plan to: nowhere
                            the-secret-line
                        EOT
                    }
                Plan: 0 to add, 1 to change, 0 to destroy.
                after""");

        assertEquals(List.of(NOTICE, "after"), shown);
    }

    @Test
    void aDiffThatNeverEndsIsWithheldToTheEnd() {
        List<String> shown = shown("""
                Terraform will perform the following actions:
                  + resource "a" "b" {
                      + token = "secret"
                Error: plan interrupted
                """);

        assertEquals(List.of(NOTICE), shown);
    }

    @Test
    void everyShownLineIsMaskedAndNothingElseIsChanged() {
        Redactor redactor = Redactor.ofPatterns(List.of("(?i)bearer\\s+\\S+"), "cxgate.yaml")
                .withLiterals(List.of("client-secret-value"));

        List<String> shown = shown(redactor, "  debug: Authorization: Bearer abc.def  \nsecret=client-secret-value\n\tplain");

        assertEquals(List.of("  debug: Authorization: (sensitive)  ", "secret=(sensitive)", "\tplain"), shown);
    }
}
