package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

class CheckCommandTest {
    @TempDir
    Path dir;

    private static String fixture(String relative) {
        return Fixtures.shared("terraform-real/" + relative).toString();
    }

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
        CliRun run = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/basic-delete.json"),
                "--env", "dev", "--config", dir.resolve("absent.yaml").toString().replace("absent", "none"),
                "--format", "json");
        // --config naming a missing file is invalid input
        assertEquals(2, run.exitCode(), run.err());

        CliRun ok = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/basic-delete.json"),
                "--env", "dev", "--format", "json");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("", ok.err());
    }

    @Test
    void erroredPlanIsDeniedWithExitFourAndTheFullReport() throws IOException {
        CliRun run = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/plan-error.json"),
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
    void stateAsPlanIsOneLineWithExitTwo() {
        assertOneLineError(CliRun.of("check", "--plan", fixture("hashicorp-terraform-json/identity.state.json"),
                "--env", "dev"), 2, "Terraform state, not a plan");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("check", "--plan", dir.resolve("nope.json").toString(), "--env", "dev", "--verbose");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void unimplementedFormatIsExitTwoNeverAFallback() {
        assertOneLineError(CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/basic-delete.json"),
                "--env", "dev", "--format", "sarif"), 2, "--format sarif: not implemented yet");
    }

    @Test
    void unknownEnvironmentWithAConfigIsExitTwo() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n  dev: {}\n  prod: {protected: true}\n");
        CliRun run = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/basic-delete.json"),
                "--env", "staging", "--config", config.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown environment 'staging'"), run.err());
    }

    @Test
    void brokenConfigIsOneLineNamingFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n  dev:\n    protectd: true\n");
        CliRun run = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/basic-delete.json"),
                "--env", "dev", "--config", config.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("cxgate.yaml") && run.err().contains("line 3"), run.err());
        assertTrue(run.err().contains("protectd"), run.err());
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStdout() throws IOException {
        Path out = dir.resolve("reports/report.md");
        CliRun run = CliRun.of("check", "--plan", fixture("hashicorp-terraform-mpl/show-json/requires-replace.json"),
                "--env", "dev", "--format", "markdown", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("### ✅ cxgate: allowed for `dev`"));
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
        assertTrue(help.out().contains("text, markdown, json, junit, sarif"), help.out());
    }
}
