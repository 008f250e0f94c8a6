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
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.bundle.Bundle;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;

/** {@code cxgate plan} through the real command line, with a stand-in terraform. */
class PlanCommandTest {
    @TempDir
    Path tmp;

    private TerraformWorkspace ws;
    private RecordingTerraform terraform;
    private Path bundle;

    @BeforeEach
    void setUp() {
        ws = TerraformWorkspace.create(tmp);
        terraform = ws.terraform().install();
        bundle = tmp.resolve("out/bundle");
    }

    private CliRun plan(String... extra) {
        return planWith(ws.environment(), extra);
    }

    private CliRun planWith(Map<String, String> environment, String... extra) {
        List<String> args = new ArrayList<>(List.of("plan", "--config", ws.config().toString(), "--out", bundle.toString()));
        args.addAll(List.of(extra));
        return CliRun.withEnvironment(environment, args.toArray(String[]::new));
    }

    private static void assertOneLineError(CliRun run, int code, String fragment) {
        assertEquals(code, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, "exactly one stderr line: " + run.err());
        assertTrue(run.err().startsWith("cxgate: "), run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertEquals("", run.out(), "nothing on stdout");
    }

    private List<Path> outDirectory() throws IOException {
        if (!Files.exists(bundle.getParent())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(bundle.getParent())) {
            return entries.toList();
        }
    }

    @Test
    void anAllowedPlanPrintsOnlyTheReportOnStdoutAndExitsZero() throws IOException {
        CliRun run = plan("--env", "dev", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(bundle.resolve(Bundle.REPORT_JSON)), run.out(), "stdout is the report, as in the bundle");
        new ObjectMapper().readTree(run.out());
        String[] lines = run.errLines();
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].startsWith("[terraform "), "stderr carries terraform's progress: " + lines[i]);
        }
        String digest = Bundle.read(bundle.resolve(Bundle.BUNDLE_JSON)).digest();
        assertEquals("cxgate: bundle " + bundle + " written (bundle digest " + digest + ")", lines[lines.length - 1]);
    }

    @Test
    void theDefaultTextFormatPrintsTheTextReport() {
        CliRun run = plan("--env", "uat");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(bundle.resolve("plan.json").toString()), "the report names the plan in the bundle:\n" + run.out());
        assertFalse(run.out().contains(".partial-"), run.out());
    }

    @Test
    void stderrShowsTerraformsProgressWithTheDiffBodyWithheld() {
        CliRun run = plan("--env", "dev");

        assertTrue(run.err().contains("[terraform init] Terraform has been successfully initialized!"), run.err());
        assertTrue(run.err().contains("[terraform workspace] Switched to workspace \"dev\"."), run.err());
        assertTrue(run.err().contains("[terraform plan] (diff body withheld: see cxgate's report)"), run.err());
        assertFalse(run.err().contains("will be updated in-place"), run.err());
        assertFalse(run.err().contains("Plan: 0 to add"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "json"})
    void noSecretReachesArgvStdoutStderrOrAnyRenderedFile(String format) throws IOException {
        terraform.showing(Fixtures.repo("examples/plans/secrets.json")).install();

        CliRun run = plan("--env", "dev", "--format", format);

        assertEquals(0, run.exitCode(), run.err());
        String argv = terraform.allArguments();
        Map<String, String> outputs = Map.of("stdout", run.out(), "stderr", run.err(),
                "report.json", Files.readString(bundle.resolve(Bundle.REPORT_JSON)),
                "report.md", Files.readString(bundle.resolve(Bundle.REPORT_MD)),
                "bundle.json", Files.readString(bundle.resolve(Bundle.BUNDLE_JSON)),
                "argv", argv);
        for (String secret : List.of("CANARY-", RecordingTerraform.DIFF_CANARY, TerraformWorkspace.DEV_CLIENT_ID,
                TerraformWorkspace.DEV_CLIENT_SECRET, TerraformWorkspace.INHERITED_TOKEN, "dev-crm-password")) {
            outputs.forEach((where, text) -> assertFalse(text.contains(secret), secret + " in " + where + ":\n" + text));
        }
        assertTrue(Files.readString(bundle.resolve(Bundle.PLAN_JSON)).contains("CANARY-PASSWORD-2b8e41"),
                "plan.json is the raw, secret-bearing plan");
    }

    @Test
    void anErroredPlanExitsFourAfterWritingACompleteBundle() {
        terraform.showing(Fixtures.repo("examples/plans/errored.json")).install();

        CliRun run = plan("--env", "dev", "--format", "json");

        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"outcome\" : \"deny\""), run.out());
        assertTrue(Files.isRegularFile(bundle.resolve(Bundle.BUNDLE_JSON)));
    }

    @Test
    void aFailingTerraformIsExitOneWithItsMaskedErrorLastAndNoBundle() throws IOException {
        terraform.on("plan", """
                need_init
                echo "Error: 401 Unauthorized for client $GENESYSCLOUD_OAUTHCLIENT_ID" >&2
                exit 1
                """).install();

        CliRun run = plan("--env", "dev");

        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.errLines();
        assertEquals("cxgate: terraform plan failed (exit 1): Error: 401 Unauthorized for client (sensitive)",
                lines[lines.length - 1]);
        assertFalse(run.err().contains(TerraformWorkspace.DEV_CLIENT_ID), run.err());
        assertEquals("", run.out());
        assertEquals(List.of(), outDirectory(), "no bundle, no staging directory");
    }

    @Test
    void aMissingBinaryIsExitTwoNamingTheConfiguredBinary() throws IOException {
        ws.write("cxgate.yaml", Files.readString(ws.config()).replace("binary: " + terraform.binary(), "binary: tofu"));

        assertOneLineError(plan("--env", "dev"), 2,
                "cxgate: terraform binary 'tofu' not found on PATH (terraform.binary in cxgate.yaml)");
        assertEquals(List.of(), outDirectory());
    }

    @Test
    void aMissingCredentialIsExitTwoNamingTheVariableBeforeTerraformRuns() {
        Map<String, String> env = new java.util.HashMap<>(ws.environment());
        env.remove("GC_UAT_CLIENT_ID");

        assertOneLineError(planWith(env, "--env", "uat"), 2, "environment variable GC_UAT_CLIENT_ID is not set");
        assertEquals(0, terraform.calls());
    }

    @Test
    void liveSimulationWithoutCredentialsIsExitTwoBeforeTerraformRuns() {
        Map<String, String> env = new java.util.HashMap<>(ws.environment());
        env.remove("GC_DEV_CLIENT_SECRET");

        assertOneLineError(planWith(env, "--env", "dev", "--live"), 2, "environment variable GC_DEV_CLIENT_SECRET is not set");
        assertEquals(0, terraform.calls());
    }

    @Test
    void aMissingOrgSnapshotIsExitTwoBeforeTerraformRuns() {
        assertOneLineError(plan("--env", "dev", "--org", tmp.resolve("org.json").toString()), 2,
                "org snapshot " + tmp.resolve("org.json") + ": file not found");
        assertEquals(0, terraform.calls());
    }

    @Test
    void aPolicyThatDoesNotCompileIsExitTwoBeforeTerraformInit() throws IOException {
        ws.write("policies/guardrails.yaml", """
                apiVersion: cxgate/v1
                kind: Policy
                name: guardrails
                rules:
                  - name: queue-delete
                    match: {types: [genesyscloud_routing_queue], actions: [delete]}
                    condition: change.aftr.name == "Sales"
                    effect: deny
                """).writeConfig("policies: policies\n");

        CliRun run = plan("--env", "dev");

        assertOneLineError(run, 2, "policies/guardrails.yaml: line 7, column 16: rules[0].condition: CEL: undefined"
                + " field 'aftr'");
        assertEquals(0, terraform.calls(), "terraform never ran, not even init");
        assertEquals(List.of(), outDirectory(), "no bundle, no partial directory");
    }

    @Test
    void thePlansReportCarriesTheLiveOrgCheckOfItsFlowFiles() throws IOException {
        Path snapshot = Fixtures.repo("examples/orgs/prod-snapshot.json");
        CliRun clean = plan("--env", "dev", "--org", snapshot.toString(), "--format", "json");
        assertEquals(0, clean.exitCode(), clean.err());
        com.fasterxml.jackson.databind.JsonNode report = new ObjectMapper().readTree(clean.out());
        assertEquals("snapshot", report.path("simulation").path("source").asText());
        assertEquals(0, report.path("findings").size(), clean.out());

        // the flow files are read from the workspace (terraform.dir): without them the check says so
        ws.write("flows/inbound_main.yaml", "inboundCall:\n  name: \"{{flow_name}}\"\n  targetQueue:\n    lit:\n"
                + "      name: Returns Desk\n");
        java.nio.file.Files.walk(bundle).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        CliRun broken = plan("--env", "dev", "--org", snapshot.toString(), "--format", "json");
        com.fasterxml.jackson.databind.JsonNode findings = new ObjectMapper().readTree(broken.out()).path("findings");
        assertEquals(1, findings.size(), broken.out());
        assertEquals("FLOW_TARGET_MISSING", findings.get(0).path("code").asText());
        assertTrue(findings.get(0).path("message").asText().contains("queue \"Returns Desk\""), broken.out());
    }

    @Test
    void planLiveAsksTheEnvironmentsOrgWithItsCredentials() throws IOException {
        try (io.cxgate.genesys.emulator.OrgEmulator org = new io.cxgate.genesys.emulator.OrgEmulator(
                io.cxgate.genesys.source.OrgSnapshot.read(Fixtures.repo("examples/orgs/prod-snapshot.json")),
                TerraformWorkspace.DEV_CLIENT_ID, TerraformWorkspace.DEV_CLIENT_SECRET)) {
            CliRun run = plan("--env", "dev", "--live", "--api-base-url", org.baseUrl(), "--format", "json");

            assertEquals(0, run.exitCode(), run.err());
            com.fasterxml.jackson.databind.JsonNode report = new ObjectMapper().readTree(run.out());
            assertEquals("live", report.path("simulation").path("source").asText());
            // the preflight's token request before terraform, then the check's own requests
            assertEquals(org.requests(), 1 + report.path("simulation").path("requests").asInt());
            assertTrue(org.requests() > 1, "token and listings");
            assertFalse(run.out().contains(TerraformWorkspace.DEV_CLIENT_SECRET));
        }
    }

    @Test
    void anUnknownFormatIsExitTwoBeforeTerraformRuns() {
        CliRun run = plan("--env", "dev", "--format", "xml");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(0, terraform.calls());
    }

    @Test
    void junitOnStdoutAndTheMarkdownInTheStepSummary() throws IOException {
        Path summary = tmp.resolve("summary.md");
        Map<String, String> env = new java.util.HashMap<>(ws.environment());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        CliRun run = planWith(env, "--env", "dev", "--format", "junit");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cxgate dev\""),
                run.out());
        assertTrue(Files.readString(summary).startsWith("### cxgate ALLOWED for `dev`\n"), Files.readString(summary));
        assertEquals(Files.readString(bundle.resolve(Bundle.REPORT_MD)).strip(), Files.readString(summary).strip(),
                "the summary is the bundle's Markdown report");
    }

    @Test
    void anUnknownEnvironmentIsExitTwo() {
        assertOneLineError(plan("--env", "prod"), 2, "unknown environment 'prod' (known: dev, uat)");
    }

    @Test
    void anExistingBundleDirectoryIsExitTwo() throws IOException {
        Files.createDirectories(bundle);

        assertOneLineError(plan("--env", "dev"), 2, "already exists; a bundle is never overwritten");
        assertEquals(0, terraform.calls());
    }

    @Test
    void helpDescribesTheBundleOptions() {
        CliRun run = CliRun.withEnvironment(Map.of(), "plan", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--out=BUNDLE_DIR"), run.out());
        assertTrue(run.out().contains("--no-simulation"), run.out());
    }
}
