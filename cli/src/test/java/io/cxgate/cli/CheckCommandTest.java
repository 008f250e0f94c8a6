package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

class CheckCommandTest {
    @TempDir
    Path dir;


    private static void assertOneLineError(CliRun run, int code, String fragment) {
        assertEquals(code, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, "exactly one stderr line: " + run.err());
        assertTrue(run.err().startsWith("cxgate: "), run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out(), "nothing on stdout");
    }

    @Test
    void soundPlanWithoutPoliciesIsAllowedWithExitZero() {
        CliRun ok = CliRun.of("check", "--plan", example("release.json"),
                "--env", "dev", "--format", "json");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("", ok.err());
        assertTrue(ok.out().contains("\"outcome\" : \"allow\""), ok.out());
    }

    @Test
    void configNamingAMissingFileIsExitTwo() {
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"),
                "--env", "dev", "--config", dir.resolve("missing.yaml").toString()), 2, "missing.yaml");
    }

    @Test
    void erroredPlanIsDeniedWithExitFourAndTheFullReport() throws IOException {
        CliRun run = CliRun.of("check", "--plan", example("errored.json"),
                "--env", "dev", "--format", "json");
        assertEquals(4, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("deny", report.path("decision").path("outcome").asText());
        assertTrue(report.path("decision").path("reasons").get(0).asText().contains("errored"));
        assertTrue(report.path("plan").path("errored").asBoolean());
    }

    @Test
    void unknownActionListIsDenied() throws IOException {
        Path plan = Files.writeString(dir.resolve("odd.json"), "{\"format_version\":\"1.2\",\"resource_changes\":[{"
                + "\"address\":\"null_resource.a\",\"mode\":\"managed\",\"type\":\"null_resource\",\"name\":\"a\","
                + "\"change\":{\"actions\":[\"teleport\"],\"before\":null,\"after\":{}}}]}");
        CliRun run = CliRun.of("check", "--plan", plan.toString(), "--env", "dev", "--format", "json");
        assertEquals(4, run.exitCode());
        assertTrue(run.out().contains("unknown action list [teleport]"), run.out());
    }

    @Test
    void incompletePlanIsDenied() throws IOException {
        Path plan = Files.writeString(dir.resolve("partial.json"),
                "{\"format_version\":\"1.2\",\"resource_changes\":[],\"complete\":false,\"applyable\":true}");
        CliRun run = CliRun.of("check", "--plan", plan.toString(), "--env", "dev");
        assertEquals(4, run.exitCode());
        assertTrue(run.out().contains("incomplete"), run.out());
    }

    @Test
    void missingPlanIsOneLineWithExitTwo() {
        assertOneLineError(CliRun.of("check", "--plan", dir.resolve("nope.json").toString(), "--env", "dev"), 2,
                "nope.json: no such file");
    }

    @Test
    void stateAsPlanIsOneLineWithExitTwo() throws IOException {
        Path state = Files.writeString(dir.resolve("terraform.tfstate.json"), "{\"format_version\":\"1.0\","
                + "\"terraform_version\":\"1.9.8\",\"values\":{\"root_module\":{\"resources\":[]}}}");
        assertOneLineError(CliRun.of("check", "--plan", state.toString(), "--env", "dev"), 2,
                "Terraform state, not a plan");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("check", "--plan", dir.resolve("nope.json").toString(), "--env", "dev", "--verbose");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void sarifAndJunitAreFormatsOfCheck() throws IOException {
        CliRun sarif = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod", "--format", "sarif");
        assertEquals(0, sarif.exitCode(), sarif.err());
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals("prod", log.path("runs").get(0).path("properties").path("environment").asText());
        CliRun junit = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod", "--format", "junit");
        assertEquals(0, junit.exitCode(), junit.err());
        assertTrue(junit.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cxgate prod\""
                + " tests=\"1\" failures=\"0\""), junit.out());
    }

    @Test
    void anUnknownFormatIsExitTwoNeverAFallback() {
        CliRun run = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod", "--format", "xml");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--format"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void withGithubStepSummaryTheMarkdownIsAppendedAndStdoutIsUnchanged() throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
        CliRun plain = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod");
        CliRun run = CliRun.withEnvironment(Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                "check", "--plan", example("skill-rename.json"), "--env", "prod");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(plain.out(), run.out());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("earlier step\n### cxgate ALLOWED for `prod`\n"), text);
        assertTrue(text.contains("#### Destructive changes (2)"), text);
    }

    @Test
    void anUnwritableStepSummaryIsAWarningNotAFailure() {
        CliRun run = CliRun.withEnvironment(Map.of("GITHUB_STEP_SUMMARY", dir.toString()),
                "check", "--plan", example("skill-rename.json"), "--env", "prod");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cxgate: warning: job summary not written to "), run.err());
        assertTrue(run.out().startsWith("cxgate: ALLOWED"), run.out());
    }

    @Test
    void unknownEnvironmentWithAConfigIsExitTwo() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n  dev: {}\n  prod: {protected: true}\n");
        CliRun run = CliRun.of("check", "--plan", example("release.json"),
                "--env", "staging", "--config", config.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown environment 'staging'"), run.err());
    }

    @Test
    void brokenConfigIsOneLineNamingFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n  dev:\n    protectd: true\n");
        CliRun run = CliRun.of("check", "--plan", example("release.json"),
                "--env", "dev", "--config", config.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("cxgate.yaml") && run.err().contains("line 3"), run.err());
        assertTrue(run.err().contains("protectd"), run.err());
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStdout() throws IOException {
        Path out = dir.resolve("reports/report.md");
        CliRun run = CliRun.of("check", "--plan", example("release.json"),
                "--env", "dev", "--format", "markdown", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("### cxgate ALLOWED for `dev`\n"));
    }

    @Test
    void missingRequiredOptionIsUsageErrorTwo() {
        CliRun run = CliRun.of("check", "--env", "dev");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--plan"), run.err());
    }

    @Test
    void versionAndHelpWorkOnEveryCommand() {
        assertEquals(0, CliRun.of("--version").exitCode());
        CliRun version = CliRun.of("check", "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("cxgate "), version.out());
        CliRun help = CliRun.of("check", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--format"), help.out());
        assertTrue(help.out().contains("Report format: text, markdown, json, junit, sarif"), help.out());
    }

    // ---- policies

    private static final String THURSDAY_9PM = "2026-11-26T21:00:00Z";

    private static String example(String name) {
        return Fixtures.repo("examples/plans/" + name).toString();
    }

    private static String exampleConfig() {
        return Fixtures.repo("examples/cxgate.yaml").toString();
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void skillRenameInProtectedProdNeedsOperationsApprovalWithExitThree() throws IOException {
        CliRun run = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod", "--config", exampleConfig(),
                "--now", THURSDAY_9PM, "--format", "json");
        assertEquals(3, run.exitCode(), run.err());
        JsonNode report = json(run);
        assertEquals("approval_required", report.path("decision").path("outcome").asText());
        assertEquals("[{\"group\":\"cc-operations\",\"count\":1}]", report.path("decision").path("requiredApprovals").toString());
        List<String> rules = new ArrayList<>();
        report.path("policies").forEach(p -> rules.add(p.path("rule").asText()));
        assertEquals(List.of("drift-present", "unchecked-protected-release", "queue-delete", "skill-language-replace"), rules);
        assertTrue(texts(report.path("decision").path("reasons")).contains(
                "queue-delete: Deleting Queue \"Spanish Line (legacy)\" (delete) needs Operations approval"));
        assertEquals(List.of(), texts(report.path("warnings")));
    }

    @Test
    void releaseInDevIsAllowedWithExitZero() {
        CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "dev", "--config", exampleConfig(),
                "--now", THURSDAY_9PM);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("cxgate: ALLOWED  environment dev"), run.out());
    }

    @Test
    void releaseInProdNeedsTwoCxLeadsForTheFlow() throws IOException {
        CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "prod", "--config", exampleConfig(),
                "--now", THURSDAY_9PM, "--format", "json");
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("[{\"group\":\"cx-leads\",\"count\":2},{\"group\":\"cc-operations\",\"count\":1}]",
                json(run).path("decision").path("requiredApprovals").toString());
    }

    @Test
    void outsideTheDeploymentWindowOperationsMustApprove() throws IOException {
        CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "prod", "--config", exampleConfig(),
                "--now", "2026-11-27T10:00:00Z", "--format", "json");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"rule\" : \"outside-deployment-window\""), run.out());
    }

    @Test
    void anErroredPlanIsDeniedWhateverThePoliciesSay() {
        CliRun run = CliRun.of("check", "--plan", example("errored.json"), "--env", "prod", "--config", exampleConfig(),
                "--now", THURSDAY_9PM);
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().contains("the plan errored"), run.out());
    }

    private Path policies(String yaml) throws IOException {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("rules.yaml"), yaml);
        return policies;
    }

    @Test
    void policiesOptionOverridesTheConfig() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: strict\nrules:\n"
                + "  - {name: no-deletes, match: {actions: [delete]}, effect: deny, message: \"{{change.label}} may not go\"}\n");
        CliRun run = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "dev", "--config", exampleConfig(),
                "--policies", policies.toString(), "--now", THURSDAY_9PM);
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("cxgate: DENIED  environment dev\n"
                + "  - no-deletes: Queue \"Spanish Line (legacy)\" may not go\n"), run.out());
    }

    @Test
    void aMisspeltFieldInAPolicyIsExitTwoNamingFileAndLine() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - name: r\n    condition: change.after.name == 'x' && change.lable == 'y'\n    effect: deny\n");
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--policies", policies.toString()), 2,
                "rules.yaml: line 6, column 16: rules[0].condition: CEL: undefined field 'lable' (column 35 of the condition)");
    }

    @Test
    void aBrokenPolicyFileIsExitTwoNamingFileLineAndField() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n  - name: r\n    efect: deny\n");
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--policies", policies.toString()), 2, "rules.yaml: line 6, column 5: rules[0].efect: unknown field");
    }

    @Test
    void aMissingPoliciesDirectoryIsExitTwo() {
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--policies", dir.resolve("nope").toString()), 2, "nope: policies directory not found");
    }

    @Test
    void anApproverGroupTheConfigLacksIsExitTwo() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: r, effect: require_approval, approvers: {group: cc-ops}}\n");
        CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "dev", "--config", exampleConfig(),
                "--policies", policies.toString(), "--format", "json", "--now", THURSDAY_9PM);
        assertOneLineError(run, 2, "rule 'r' requires approval from 'cc-ops'");
    }

    @Test
    void aWaivedFiringIsListedOnlyAmongWaiversUntilItExpires() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: no-deletes, match: {actions: [delete]}, effect: deny}\n---\n"
                + "apiVersion: cxgate/v1\nkind: Waivers\nwaivers:\n"
                + "  - {rule: no-deletes, address: \"module.queues.*\", environment: dev, owner: alice, reason: CHG-7, expires: 2026-11-26}\n");
        CliRun waived = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "dev", "--config", exampleConfig(),
                "--policies", policies.toString(), "--format", "json", "--now", "2026-11-26T23:59:00Z");
        assertEquals(0, waived.exitCode(), waived.err());
        JsonNode report = json(waived);
        assertEquals(0, report.path("policies").size());
        assertEquals("applied", report.path("waivers").get(0).path("status").asText());
        assertEquals("module.queues.genesyscloud_routing_queue.spanish_legacy", report.path("waivers").get(0).path("address").asText());
        // Europe/London: the waiver ends with the 26th
        CliRun expired = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "dev", "--config", exampleConfig(),
                "--policies", policies.toString(), "--format", "json", "--now", "2026-11-27T00:00:00Z");
        assertEquals(4, expired.exitCode(), expired.err());
        assertEquals("expired", json(expired).path("waivers").get(0).path("status").asText());
        assertEquals(1, json(expired).path("policies").size());
    }

    @Test
    void theMarkdownReportOpensWithTheVerdictApproversAndCountsThenDestructiveChangesThenTheRulesFired() {
        CliRun run = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod", "--config", exampleConfig(),
                "--now", THURSDAY_9PM, "--format", "markdown");
        assertEquals(3, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("### cxgate APPROVAL REQUIRED for `prod`\n\n**Status:** approval required before apply:"
                + " 5 changes (2 destructive), 0 live-org findings.\n\n**Required approvals:** cc-operations × 1\n"), out);
        assertTrue(out.indexOf("| create | update |") < out.indexOf("#### Destructive changes (2)"), out);
        assertTrue(out.indexOf("#### Destructive changes (2)") < out.indexOf("#### Rules fired"), out);
        assertTrue(out.indexOf("#### Rules fired") < out.indexOf("#### Other changes (3)"), out);
        assertTrue(out.contains("`module.queues.genesyscloud_routing_queue.spanish_legacy`"), out);
    }
}
