package io.cxgate.terraform;

import io.cxgate.config.GenesysCredentials;
import io.cxgate.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.redact.Redactor;

/** The commons-exec runner against a stand-in terraform script. */
class CommonsExecTerraformRunnerTest {
    private static final String CLIENT_ID = "client-id-3c1e9b2a";
    private static final String CLIENT_SECRET = "CANARY-CLIENT-SECRET-51d0";
    private static final String INHERITED_TOKEN = "CANARY-INHERITED-ACCESS-TOKEN-88e2";
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @TempDir
    Path tmp;

    private Path workDir;
    private StandInTerraform terraform;
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        workDir = Files.createDirectories(tmp.resolve("repo"));
        terraform = StandInTerraform.in(tmp.resolve("standin"));
    }

    /** A runner whose heartbeat stays out of the way (a slow machine may take 200 ms to start bash). */
    private CommonsExecTerraformRunner runner() {
        return runnerWithHeartbeat(Duration.ofSeconds(5));
    }

    private CommonsExecTerraformRunner runnerWithHeartbeat(Duration interval) {
        return new CommonsExecTerraformRunner("terraform", new PrintWriter(stderr, true), interval, Duration.ofMillis(200));
    }

    /** What a CI job might have in its environment, including everything terraform must not see. */
    private Map<String, String> inherited() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", terraform.binDir() + ":" + System.getenv("PATH"));
        env.put("HOME", tmp.toString());
        env.put("GENESYSCLOUD_ACCESS_TOKEN", INHERITED_TOKEN);
        env.put("GENESYSCLOUD_OAUTHCLIENT_SECRET", "inherited-secret-not-for-prod");
        env.put("GENESYSCLOUD_SDK_DEBUG", "true");
        env.put("TF_WORKSPACE", "someone-elses");
        env.put("TF_CLI_ARGS", "-destroy");
        env.put("TF_CLI_ARGS_plan", "-target=foo");
        env.put("TF_DATA_DIR", "/elsewhere");
        env.put("TF_VAR_team", "cx");
        env.put("GC_PROD_CLIENT_ID", CLIENT_ID);
        env.put("GC_PROD_CLIENT_SECRET", CLIENT_SECRET);
        return env;
    }

    private Map<String, String> scrubbedEnv() {
        Map<String, String> inherited = inherited();
        GenesysCredentials credentials = new GenesysCredentials(inherited.get("GC_PROD_CLIENT_ID"),
                inherited.get("GC_PROD_CLIENT_SECRET"), "us-east-1");
        return TerraformEnvironment.scrubbed(inherited, workDir, "prod", credentials);
    }

    private TerraformInvocation invocation(String phase, List<String> args) {
        return TerraformInvocation.of(phase, args, workDir, scrubbedEnv(), TIMEOUT, Redactor.none());
    }

    private String shown() {
        return stderr.toString();
    }

    @Test
    void everyPhaseRunsWithExactlyTheArgumentsTerraformCommandsBuilt() {
        terraform.install();
        Path planFile = workDir.resolve(".cxgate/plan.tfplan");
        Path backend = workDir.resolve("envs/prod.backend.hcl");
        List<Path> varFiles = List.of(workDir.resolve("envs/prod.tfvars"), workDir.resolve("envs/common.tfvars"));
        List<List<String>> phases = List.of(
                TerraformCommands.init(Optional.of(backend)),
                TerraformCommands.workspaceSelect("prod"),
                TerraformCommands.plan(planFile, varFiles, "5m"),
                TerraformCommands.statePull(),
                TerraformCommands.versionJson(),
                TerraformCommands.apply(planFile, "5m"),
                TerraformCommands.refreshOnlyPlan(planFile, varFiles, "5m"));
        List<String> names = List.of("init", "workspace", "plan", "state-pull", "version", "apply", "plan");
        CommonsExecTerraformRunner runner = runner();
        for (int i = 0; i < phases.size(); i++) {
            TerraformInvocation invocation = invocation(names.get(i), phases.get(i));
            if (names.get(i).equals("state-pull") || names.get(i).equals("version")) {
                invocation = invocation.capturing();
            }
            runner.run(invocation).requireSuccess();
        }

        assertEquals(phases.size(), terraform.calls());
        assertEquals(List.of("init", "-input=false", "-no-color", "-backend-config=" + backend), terraform.argv(1));
        assertEquals(List.of("workspace", "select", "-or-create=true", "prod"), terraform.argv(2));
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=5m", "-out=" + planFile,
                "-var-file=" + varFiles.get(0), "-var-file=" + varFiles.get(1)), terraform.argv(3));
        assertEquals(List.of("state", "pull"), terraform.argv(4));
        assertEquals(List.of("version", "-json"), terraform.argv(5));
        assertEquals(List.of("apply", "-input=false", "-no-color", "-lock-timeout=5m", planFile.toString()),
                terraform.argv(6));
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=5m", "-out=" + planFile,
                "-refresh-only", "-var-file=" + varFiles.get(0), "-var-file=" + varFiles.get(1)), terraform.argv(7));
    }

    @Test
    void terraformGetsTheScrubbedEnvironmentAndNothingElse() {
        terraform.install();
        Map<String, String> given = scrubbedEnv();

        TerraformResult result = runner().run(invocation("init", TerraformCommands.init(Optional.empty())));

        assertTrue(result.succeeded(), shown());
        Map<String, String> seen = terraform.env(1);
        for (String dropped : List.of("GENESYSCLOUD_ACCESS_TOKEN", "GENESYSCLOUD_SDK_DEBUG", "TF_WORKSPACE",
                "TF_CLI_ARGS", "TF_CLI_ARGS_plan")) {
            assertFalse(seen.containsKey(dropped), dropped + " reached terraform");
        }
        assertEquals(workDir.toAbsolutePath().resolve(".cxgate/terraform/prod").toString(), seen.get("TF_DATA_DIR"));
        assertEquals("1", seen.get("TF_IN_AUTOMATION"));
        assertEquals("0", seen.get("TF_INPUT"));
        assertEquals(CLIENT_ID, seen.get("GENESYSCLOUD_OAUTHCLIENT_ID"));
        assertEquals(CLIENT_SECRET, seen.get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertEquals("us-east-1", seen.get("GENESYSCLOUD_REGION"));
        assertEquals("cx", seen.get("TF_VAR_team"));
        // nothing from cxgate's own (the JVM's) environment: only what was given, plus what bash itself adds
        Set<String> bashAdds = Set.of("PWD", "SHLVL", "_", "OLDPWD");
        for (String name : seen.keySet()) {
            assertTrue(given.containsKey(name) || bashAdds.contains(name), name + " was inherited from the JVM");
        }
    }

    @Test
    void credentialsTravelInTheEnvironmentAndNeverOnTheCommandLine() {
        terraform.install();
        Path planFile = workDir.resolve("plan.tfplan");
        CommonsExecTerraformRunner runner = runner();
        runner.run(invocation("init", TerraformCommands.init(Optional.empty()))).requireSuccess();
        runner.run(invocation("plan", TerraformCommands.plan(planFile, List.of(), "5m"))).requireSuccess();
        runner.run(invocation("apply", TerraformCommands.apply(planFile, "5m"))).requireSuccess();

        String argv = terraform.allArguments();
        assertFalse(argv.contains(CLIENT_SECRET));
        assertFalse(argv.contains(CLIENT_ID));
        assertFalse(argv.contains(INHERITED_TOKEN));
        assertEquals(CLIENT_SECRET, terraform.env(2).get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
    }

    @Test
    void anArgumentHoldingACredentialIsRefusedBeforeTerraformRuns() {
        terraform.install();
        TerraformInvocation leaky = invocation("plan", List.of("plan", "-var=secret=" + CLIENT_SECRET));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner().run(leaky));

        assertFalse(e.getMessage().contains(CLIENT_SECRET));
        assertEquals(0, terraform.calls());
    }

    @Test
    void planDiffBodyIsWithheldAndReplacedByOneNoticeLine() {
        terraform.install();

        TerraformResult result = runner().run(invocation("plan",
                TerraformCommands.plan(workDir.resolve("plan.tfplan"), List.of(), "5m")));

        assertTrue(result.succeeded());
        String out = shown();
        assertFalse(out.contains(StandInTerraform.DIFF_CANARY), out);
        assertFalse(out.contains("genesyscloud_integration_credential.crm will be updated"), out);
        assertFalse(out.contains("Plan: 0 to add"), out);
        assertEquals(1, count(out, "[terraform plan] (diff body withheld: see cxgate's report)\n"), out);
        assertTrue(out.contains("[terraform plan] genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]\n"), out);
        assertTrue(out.contains("[terraform plan] Saved the plan to: plan.tfplan\n"), out);
        for (String line : out.split("\n")) {
            assertTrue(line.startsWith("[terraform plan] "), "unprefixed line: " + line);
        }
    }

    @Test
    void clientSecretPrintedByTerraformIsMaskedOnStderr() {
        terraform.install();

        runner().run(invocation("plan", TerraformCommands.plan(workDir.resolve("plan.tfplan"), List.of(), "5m")));

        String out = shown();
        assertFalse(out.contains(CLIENT_SECRET), out);
        assertTrue(out.contains("[terraform plan] provider debug: oauth client secret is (sensitive)\n"), out);
    }

    @Test
    void maskPatternsApplyToStdoutAndStderrLines() {
        terraform.on("init", """
                echo 'GET /api/v2/routing/queues Authorization: Bearer eyJhbGciOi.stdout'
                echo 'retrying with Authorization: bearer eyJhbGciOi.stderr' >&2
                """).install();
        Redactor redactor = Redactor.ofPatterns(List.of("(?i)bearer\\s+\\S+"), "cxgate.yaml");

        runner().run(invocation("init", TerraformCommands.init(Optional.empty())).withRedactor(redactor));

        String out = shown();
        assertFalse(out.contains("eyJhbGciOi"), out);
        assertTrue(out.contains("[terraform init] GET /api/v2/routing/queues Authorization: (sensitive)\n"), out);
        assertTrue(out.contains("[terraform init] retrying with Authorization: (sensitive)\n"), out);
    }

    @Test
    void fullLogKeepsTheRawOutputOfEveryPhaseAndIsOwnerOnly() throws IOException {
        terraform.install();
        Path log = tmp.resolve("bundle/terraform.log");
        CommonsExecTerraformRunner runner = runner();

        runner.run(invocation("init", TerraformCommands.init(Optional.empty())).withLogFile(log)).requireSuccess();
        runner.run(invocation("plan", TerraformCommands.plan(workDir.resolve("plan.tfplan"), List.of(), "5m"))
                .withLogFile(log)).requireSuccess();

        String text = Files.readString(log);
        assertTrue(text.contains("Terraform has been successfully initialized!"), text);
        assertTrue(text.contains(StandInTerraform.DIFF_CANARY), "the log is the unfiltered output");
        assertTrue(text.contains("oauth client secret is " + CLIENT_SECRET), "the log is not masked");
        assertTrue(text.contains("Plan: 0 to add, 1 to change, 0 to destroy."), text);
        assertTrue(text.indexOf("---- cxgate: terraform init") < text.indexOf("---- cxgate: terraform plan"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void anExistingLogIsNarrowedToOwnerOnlyBeforeAppending() throws IOException {
        terraform.install();
        Path log = Files.writeString(tmp.resolve("terraform.log"), "earlier\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        runner().run(invocation("init", TerraformCommands.init(Optional.empty())).withLogFile(log)).requireSuccess();

        assertTrue(Files.readString(log).startsWith("earlier\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void capturedShowJsonIsTheRealPlanJsonByteForByteAndIsNeitherEchoedNorLogged() throws IOException {
        Path fixture = Fixtures.shared("terraform-real/hashicorp-terraform-json/110_sensitive_values.plan.json");
        terraform.on("show", "cat '" + fixture + "'").install();
        Path log = tmp.resolve("terraform.log");

        TerraformResult result = runner().run(invocation("show", TerraformCommands.showJson(workDir.resolve("plan.tfplan")))
                .capturing().withLogFile(log));

        assertTrue(result.succeeded());
        assertArrayEquals(Files.readAllBytes(fixture), result.stdout().bytes());
        assertInstanceOf(CapturedOutput.InMemory.class, result.stdout());
        assertEquals("", shown(), "captured output is never echoed");
        String logText = Files.readString(log);
        assertFalse(logText.contains("resource_changes"), logText);
        assertTrue(logText.contains("stdout captured (" + Files.size(fixture) + " bytes)"), logText);
        assertFalse(result.stdout().toString().contains("resource_changes"));
    }

    @Test
    void captureToFileWritesAnOwnerOnlyFileLargerThanAPipeBuffer() throws IOException {
        Path fixture = Fixtures.shared("terraform-real/hashicorp-terraform-mpl/equivalence/fully_populated_complex_update.plan.json");
        terraform.on("show", "cat '" + fixture + "'").install();
        Path planJson = tmp.resolve("bundle/plan.json");

        TerraformResult result = runner().run(invocation("show", TerraformCommands.showJson(workDir.resolve("plan.tfplan")))
                .capturingTo(planJson));

        assertEquals(Optional.of(planJson), result.stdout().file());
        assertEquals(Files.size(fixture), result.stdout().size());
        assertTrue(Files.size(fixture) > 65536, "the fixture should exceed a pipe buffer");
        assertArrayEquals(Files.readAllBytes(fixture), Files.readAllBytes(planJson));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(planJson)));
    }

    @Test
    void capturedStatePullAndVersionComeBackInMemory() {
        terraform.install();
        CommonsExecTerraformRunner runner = runner();

        TerraformResult state = runner.run(invocation("state-pull", TerraformCommands.statePull()).capturing());
        TerraformResult version = runner.run(invocation("version", TerraformCommands.versionJson()).capturing());

        assertEquals("{\"version\":4,\"serial\":42,\"lineage\":\"lineage-1\"}\n", state.stdout().text());
        assertTrue(version.stdout().text().contains("\"terraform_version\":\"1.9.8\""));
        assertEquals("", shown());
    }

    @Test
    void aSilentPhasePrintsAHeartbeatLine() {
        terraform.on("plan", "echo 'starting'\nsleep 1\necho 'done'").install();

        runnerWithHeartbeat(Duration.ofMillis(200)).run(invocation("plan", TerraformCommands.plan(workDir.resolve("plan.tfplan"), List.of(), "5m")))
                .requireSuccess();

        String out = shown();
        assertTrue(out.matches("(?s).*\\[terraform plan] still running \\(\\d+s\\)\n.*"), out);
        // a heartbeat between the two lines (a slow machine may also print one before terraform's first line)
        int starting = out.indexOf("[terraform plan] starting");
        int heartbeat = out.indexOf("still running", starting);
        assertTrue(starting >= 0 && heartbeat > starting && heartbeat < out.indexOf("[terraform plan] done"), out);
    }

    @Test
    void aBusyPhasePrintsNoHeartbeat() {
        terraform.on("plan", "for i in $(seq 1 30); do echo \"step $i\"; sleep 0.05; done").install();

        runnerWithHeartbeat(Duration.ofSeconds(1)).run(invocation("plan", List.of("plan"))).requireSuccess();

        assertFalse(shown().contains("still running"), shown());
    }

    @Test
    @Timeout(30)
    void aTimeoutKillsTheWholeProcessTreeAndIsReportedAsATimeout() throws Exception {
        terraform.on("plan", """
                sleep 60 &
                echo $! > "$REC/child.pid"
                echo 'Refreshing state...'
                wait
                """).install();

        TerraformResult result = runner().run(invocation("plan", List.of("plan")).withTimeout(Duration.ofSeconds(1)));

        assertTrue(result.timedOut());
        assertFalse(result.succeeded());
        assertChildGone();
        assertTrue(result.duration().compareTo(Duration.ofSeconds(10)) < 0, result.duration().toString());
        CxgateException e = assertThrows(CxgateException.class, result::requireSuccess);
        assertTrue(e.getMessage().startsWith("terraform plan timed out after 1s and was stopped"), e.getMessage());
    }

    @Test
    @Timeout(30)
    void aTimeoutKillsATreeThatIgnoresSigterm() throws Exception {
        terraform.on("plan", """
                trap '' TERM
                sleep 60 &
                echo $! > "$REC/child.pid"
                wait
                """).install();

        TerraformResult result = runner().run(invocation("plan", List.of("plan")).withTimeout(Duration.ofSeconds(1)));

        assertTrue(result.timedOut());
        assertChildGone();
        assertThrows(CxgateException.class, result::requireSuccess);
    }

    private void assertChildGone() throws Exception {
        long child = Long.parseLong(Files.readString(terraform.recordDir().resolve("child.pid")).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child sleep " + child + " survived");
    }

    @Test
    void aNonZeroExitCarriesTheLastTwentyErrorLinesMasked() {
        terraform.on("plan", """
                echo 'Refreshing state...'
                for i in $(seq 1 25); do echo "detail line $i" >&2; done
                echo '' >&2
                echo "Error: authentication failed for client $GENESYSCLOUD_OAUTHCLIENT_SECRET" >&2
                echo '' >&2
                echo '  with provider["registry.terraform.io/mypurecloud/genesyscloud"],' >&2
                exit 1
                """).install();

        TerraformResult result = runner().run(invocation("plan", List.of("plan")));

        assertEquals(1, result.exitCode());
        assertFalse(result.timedOut());
        assertEquals(20, result.lastErrorLines().size());
        assertEquals("detail line 8", result.lastErrorLines().get(0));
        assertTrue(result.lastErrorLines().contains("Error: authentication failed for client (sensitive)"),
                result.lastErrorLines().toString());
        assertFalse(String.join("\n", result.lastErrorLines()).contains(CLIENT_SECRET));
        CxgateException e = assertThrows(CxgateException.class, result::requireSuccess);
        assertEquals("terraform plan failed (exit 1): Error: authentication failed for client (sensitive)", e.getMessage());
        assertFalse(shown().contains(CLIENT_SECRET));
    }

    @Test
    void aMissingBinaryNamesTheConfiguredBinaryAndTheSetting() {
        terraform.install();
        CommonsExecTerraformRunner tofu = new CommonsExecTerraformRunner("tofu", new PrintWriter(stderr, true));
        Map<String, String> env = new HashMap<>(scrubbedEnv());
        env.put("PATH", terraform.binDir().toString());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tofu.run(
                TerraformInvocation.of("init", TerraformCommands.init(Optional.empty()), workDir, env, TIMEOUT, Redactor.none())));

        assertEquals("terraform binary 'tofu' not found on PATH (terraform.binary in cxgate.yaml)", e.getMessage());
    }

    @Test
    void aBinaryGivenAsAPathIsRunFromThere() {
        terraform.install();
        CommonsExecTerraformRunner byPath = new CommonsExecTerraformRunner(terraform.binDir().resolve("terraform").toString(),
                new PrintWriter(stderr, true));
        Map<String, String> env = new HashMap<>(scrubbedEnv());
        env.put("PATH", "/usr/bin:/bin");

        byPath.run(TerraformInvocation.of("init", TerraformCommands.init(Optional.empty()), workDir, env, TIMEOUT,
                Redactor.none())).requireSuccess();

        assertEquals(1, terraform.calls());
    }

    @Test
    void aMissingWorkingDirectoryIsInvalidInput() {
        terraform.install();
        TerraformInvocation invocation = TerraformInvocation.of("init", TerraformCommands.init(Optional.empty()),
                tmp.resolve("no-such-dir"), scrubbedEnv(), TIMEOUT, Redactor.none());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> runner().run(invocation));

        assertTrue(e.getMessage().contains("terraform.dir in cxgate.yaml"), e.getMessage());
    }

    @Test
    void theInvocationNeverPrintsItsEnvironmentValues() {
        String text = invocation("plan", List.of("plan")).toString();

        assertFalse(text.contains(CLIENT_SECRET), text);
        assertTrue(text.contains("GENESYSCLOUD_OAUTHCLIENT_SECRET"), text);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
