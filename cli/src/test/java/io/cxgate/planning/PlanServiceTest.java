package io.cxgate.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.bundle.Bundle;
import io.cxgate.bundle.CanonicalJson;
import io.cxgate.files.Digests;
import io.cxgate.check.SimulationChoice;
import io.cxgate.policy.Decision;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import io.cxgate.terraform.TerraformRunner;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;

/** {@code cxgate plan} as a service, with a stand-in terraform that records what it was given. */
class PlanServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private TerraformWorkspace ws;
    private RecordingTerraform terraform;
    private final StringWriter stderr = new StringWriter();
    private Map<String, String> environment;
    private Function<String, TerraformRunner> runners;

    @BeforeEach
    void setUp() {
        ws = TerraformWorkspace.create(tmp);
        terraform = ws.terraform().install();
        environment = ws.environment();
        runners = binary -> new CommonsExecTerraformRunner(binary, new PrintWriter(stderr, true),
                Duration.ofSeconds(5), Duration.ofMillis(200));
    }

    private PlanOutcome plan(String env) {
        return plan(env, Optional.of(tmp.resolve("bundles").resolve(env + "-" + System.nanoTime())));
    }

    private PlanOutcome plan(String env, Optional<Path> out) {
        return service().plan(request(env, out, SimulationChoice.fromConfig()));
    }

    private PlanService service() {
        return new PlanService(environment, runners, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private PlanRequest request(String env, Optional<Path> out, SimulationChoice simulation) {
        return new PlanRequest(env, Optional.of(ws.config()), ws.dir(), out, simulation, Optional.empty(), Optional.empty());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> leftovers() throws IOException {
        Path bundles = tmp.resolve("bundles");
        if (!Files.exists(bundles)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(bundles)) {
            return entries.toList();
        }
    }

    // ---- the command sequence -------------------------------------------------------------------------------

    @Test
    void devRunsInitWorkspacePlanStatePullShowAndVersionWithExactlyTheseArguments() {
        PlanOutcome outcome = plan("dev");

        List<List<String>> calls = terraform.allArgv();
        assertEquals(6, calls.size(), calls.toString());
        assertEquals(List.of("init", "-input=false", "-no-color", "-backend-config=" + ws.path("envs/dev.backend.hcl")),
                calls.get(0));
        assertEquals(List.of("workspace", "select", "-or-create=true", "dev"), calls.get(1));
        List<String> plan = calls.get(2);
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=2m"), plan.subList(0, 4));
        String planFile = plan.get(4).substring("-out=".length());
        assertTrue(plan.get(4).startsWith("-out="), plan.toString());
        assertStagedBeside(outcome.bundleDir(), Path.of(planFile), Bundle.PLAN_FILE);
        assertEquals(List.of("-var-file=" + ws.path("envs/dev.tfvars")), plan.subList(5, plan.size()));
        assertEquals(List.of("state", "pull"), calls.get(3));
        assertEquals(List.of("show", "-json", planFile), calls.get(4));
        assertEquals(List.of("version", "-json"), calls.get(5));
    }

    /** The planfile was written into the hidden staging directory beside the bundle, which became the bundle. */
    private static void assertStagedBeside(Path bundleDir, Path file, String name) {
        assertEquals(name, file.getFileName().toString());
        assertEquals(bundleDir.getParent(), file.getParent().getParent());
        assertTrue(file.getParent().getFileName().toString().startsWith("." + bundleDir.getFileName() + ".partial-"),
                file.toString());
    }

    @Test
    void anEnvironmentWithoutAWorkspaceSelectsNone() {
        plan("uat");

        List<String> subcommands = terraform.allArgv().stream().map(argv -> argv.get(0)).toList();
        assertEquals(List.of("init", "plan", "state", "show", "version"), subcommands);
        assertEquals("-backend-config=" + ws.path("envs/uat.backend.hcl"), terraform.argv(1).get(3));
    }

    @Test
    void devThenUatFromOneCheckoutEachUseTheirOwnDataDirectory() {
        PlanOutcome dev = plan("dev");
        PlanOutcome uat = plan("uat");

        Path devData = ws.dir().resolve(".cxgate/terraform/dev");
        Path uatData = ws.dir().resolve(".cxgate/terraform/uat");
        for (int call = 1; call <= 6; call++) {
            assertEquals(devData.toString(), terraform.env(call).get("TF_DATA_DIR"), "dev call " + call);
        }
        for (int call = 7; call <= 11; call++) {
            assertEquals(uatData.toString(), terraform.env(call).get("TF_DATA_DIR"), "uat call " + call);
        }
        assertEquals("dev", dev.bundle().environment());
        assertEquals("uat", uat.bundle().environment());
        assertTrue(Files.isRegularFile(dev.bundleDir().resolve(Bundle.BUNDLE_JSON)));
        assertTrue(Files.isRegularFile(uat.bundleDir().resolve(Bundle.BUNDLE_JSON)));

        // and again, in the other order: both data directories stay initialised for their own backend
        plan("dev");
        plan("uat");
    }

    @Test
    void aDataDirectoryInitialisedForAnotherBackendIsRefusedAsTerraformWouldAndLeavesNoBundle() throws IOException {
        plan("dev");
        ws.write("envs/dev.backend.hcl", "bucket = \"cx-state-moved\"\nkey    = \"dev/terraform.tfstate\"\n");

        CxgateException e = assertThrows(CxgateException.class, () -> plan("dev"));

        assertTrue(e.getMessage().startsWith("terraform init failed (exit 1): Error: Backend configuration changed"),
                e.getMessage());
        assertTrue(e.getMessage().contains("terraform's data directory for dev is .cxgate/terraform/dev"), e.getMessage());
        assertEquals(1, leftovers().size(), "only the first bundle: " + leftovers());
    }

    // ---- environment and secrets ------------------------------------------------------------------------------

    @Test
    void terraformGetsTheScrubbedEnvironmentWithTheEnvironmentsOwnCredentials() {
        plan("dev");

        for (int call = 1; call <= terraform.calls(); call++) {
            Map<String, String> seen = terraform.env(call);
            for (String dropped : List.of("GENESYSCLOUD_ACCESS_TOKEN", "GENESYSCLOUD_SDK_DEBUG", "TF_WORKSPACE",
                    "TF_CLI_ARGS", "TF_CLI_ARGS_plan")) {
                assertFalse(seen.containsKey(dropped), dropped + " reached terraform in call " + call);
            }
            assertEquals(TerraformWorkspace.DEV_CLIENT_ID, seen.get("GENESYSCLOUD_OAUTHCLIENT_ID"));
            assertEquals(TerraformWorkspace.DEV_CLIENT_SECRET, seen.get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
            assertEquals("us-east-1", seen.get("GENESYSCLOUD_REGION"));
            assertEquals("1", seen.get("TF_IN_AUTOMATION"));
            assertEquals("0", seen.get("TF_INPUT"));
            assertEquals("cx", seen.get("TF_VAR_team"), "ordinary variables are inherited");
            assertEquals(ws.dir().toString(), seen.get("PWD"), "terraform runs in terraform.dir");
        }
    }

    @Test
    void uatGetsUatCredentialsOnlyAsProviderVariablesAndNeverDevs() {
        plan("uat");

        Map<String, String> seen = terraform.env(1);
        assertEquals(TerraformWorkspace.UAT_CLIENT_ID, seen.get("GENESYSCLOUD_OAUTHCLIENT_ID"));
        assertEquals(TerraformWorkspace.UAT_CLIENT_SECRET, seen.get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertFalse(seen.containsValue(TerraformWorkspace.DEV_CLIENT_SECRET), "dev's secret reached uat's terraform");
        assertFalse(seen.containsValue(TerraformWorkspace.DEV_CLIENT_ID));
        for (String named : List.of("GC_DEV_CLIENT_ID", "GC_DEV_CLIENT_SECRET", "GC_UAT_CLIENT_ID", "GC_UAT_CLIENT_SECRET")) {
            assertFalse(seen.containsKey(named), named + " is a credential variable of the config");
        }
    }

    @Test
    void withoutEnvironmentCredentialsTheInheritedProviderVariablesAreUsed() {
        ws.writeConfig("").write("cxgate.yaml", read(ws.config()).replace(
                "    credentials: {clientIdEnv: GC_UAT_CLIENT_ID, clientSecretEnv: GC_UAT_CLIENT_SECRET}\n", ""));
        environment = new HashMap<>(environment);
        environment.put("GENESYSCLOUD_OAUTHCLIENT_ID", "inherited-client-id");

        plan("uat");

        assertEquals("inherited-client-id", terraform.env(1).get("GENESYSCLOUD_OAUTHCLIENT_ID"));
        assertEquals(TerraformWorkspace.INHERITED_SECRET, terraform.env(1).get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertFalse(terraform.env(1).containsKey("GENESYSCLOUD_ACCESS_TOKEN"));
    }

    @Test
    void noSecretReachesTheCommandLineStderrReportsOrBundleJson() {
        PlanOutcome outcome = plan("dev");

        String argv = terraform.allArguments();
        String shown = stderr.toString();
        String reportJson = read(outcome.bundleDir().resolve(Bundle.REPORT_JSON));
        String reportMd = read(outcome.bundleDir().resolve(Bundle.REPORT_MD));
        String bundleJson = read(outcome.bundleDir().resolve(Bundle.BUNDLE_JSON));
        for (String secret : List.of(TerraformWorkspace.DEV_CLIENT_ID, TerraformWorkspace.DEV_CLIENT_SECRET,
                TerraformWorkspace.INHERITED_TOKEN, TerraformWorkspace.INHERITED_SECRET, RecordingTerraform.DIFF_CANARY,
                "dev-crm-password", "CANARY-")) {
            assertFalse(argv.contains(secret), secret + " on terraform's command line");
            assertFalse(shown.contains(secret), secret + " on stderr:\n" + shown);
            assertFalse(reportJson.contains(secret), secret + " in report.json");
            assertFalse(reportMd.contains(secret), secret + " in report.md");
            assertFalse(bundleJson.contains(secret), secret + " in bundle.json");
        }
        assertTrue(shown.contains("[terraform plan] provider debug: oauth client (sensitive) secret (sensitive)"), shown);
        String log = read(outcome.bundleDir().resolve(Bundle.TERRAFORM_LOG));
        assertTrue(log.contains(RecordingTerraform.DIFF_CANARY), "terraform.log is the full, secret-bearing log");
    }

    // ---- the bundle -----------------------------------------------------------------------------------------

    @Test
    void theBundleHoldsExactlyTheDocumentedFilesWithTheirDigests() throws IOException {
        PlanOutcome outcome = plan("dev");

        Path dir = outcome.bundleDir();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of("plan.tfplan", "plan.json", "terraform.log", "report.json", "report.md", "bundle.json"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        Bundle bundle = Bundle.read(dir.resolve(Bundle.BUNDLE_JSON));
        assertEquals(outcome.bundle(), bundle);
        for (String name : Bundle.DIGESTED_FILES) {
            assertEquals(Digests.ofFile(dir.resolve(name)), bundle.files().get(name), name);
        }
        assertEquals(bundle.files().get(Bundle.PLAN_FILE), bundle.planDigest());
        assertEquals(Files.readString(Fixtures.repo("examples/plans/release.json")), Files.readString(dir.resolve("plan.json")));
        assertEquals(outcome.bundleDigest(), CanonicalJson.digest(Files.readString(dir.resolve(Bundle.BUNDLE_JSON))));
    }

    @Test
    void bundleJsonHasTheDocumentedShape() throws IOException {
        PlanOutcome outcome = plan("dev");

        JsonNode json = JSON.readTree(outcome.bundleDir().resolve(Bundle.BUNDLE_JSON).toFile());
        List<String> fields = List.copyOf(iterable(json.fieldNames()));
        assertEquals(List.of("schemaVersion", "cxgateVersion", "environment", "artifactDigest", "inputsDigest",
                "planDigest", "policiesDigest", "files", "gitCommit", "terraformVersion", "stateLineage", "stateSerial",
                "createdAt", "createdBy"), fields);
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals(io.cxgate.Version.get(), json.get("cxgateVersion").asText());
        assertEquals("dev", json.get("environment").asText());
        for (String digest : List.of("artifactDigest", "inputsDigest", "planDigest")) {
            assertTrue(Digests.isDigest(json.get(digest).asText()), digest + ": " + json.get(digest));
        }
        assertTrue(json.get("policiesDigest").isNull(), "no policies configured");
        assertEquals(List.of("plan.tfplan", "plan.json", "terraform.log", "report.json", "report.md"),
                List.copyOf(iterable(json.get("files").fieldNames())));
        assertEquals("9fceb02d0ae598e95dc970b74767f19372d61af8", json.get("gitCommit").asText());
        assertEquals("1.9.8", json.get("terraformVersion").asText());
        assertEquals("3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90", json.get("stateLineage").asText());
        assertEquals(42, json.get("stateSerial").asLong());
        assertTrue(json.get("stateSerial").isIntegralNumber());
        assertEquals("2026-11-26T09:00:00Z", json.get("createdAt").asText());
        assertEquals("dana", json.at("/createdBy/identity").asText());
        assertEquals("GITHUB_ACTOR", json.at("/createdBy/source").asText());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void secretBearingFilesAndTheBundleDirectoryAreOwnerOnly() throws IOException {
        PlanOutcome outcome = plan("dev");

        for (String name : List.of(Bundle.PLAN_FILE, Bundle.PLAN_JSON, Bundle.TERRAFORM_LOG)) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(outcome.bundleDir().resolve(name))), name);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outcome.bundleDir())));
    }

    @Test
    void theLogHoldsEveryPhaseInOrder() {
        PlanOutcome outcome = plan("dev");

        String log = read(outcome.bundleDir().resolve(Bundle.TERRAFORM_LOG));
        int last = -1;
        for (String phase : List.of("terraform init", "terraform workspace select", "terraform plan",
                "terraform state pull", "terraform show -json", "terraform version -json")) {
            int at = log.indexOf("---- cxgate: " + phase);
            assertTrue(at > last, phase + " out of order in:\n" + log);
            last = at;
        }
        assertTrue(log.contains("Terraform has been successfully initialized!"), log);
    }

    @Test
    void theReportIsTheCheckOfThePlanJsonWithArtifactWarnings() throws IOException {
        PlanOutcome outcome = plan("dev");

        JsonNode report = JSON.readTree(outcome.bundleDir().resolve(Bundle.REPORT_JSON).toFile());
        assertEquals("dev", report.get("environment").asText());
        assertEquals(Digests.ofFile(outcome.bundleDir().resolve(Bundle.PLAN_JSON)), report.at("/plan/digest").asText());
        assertEquals(3, report.at("/summary/create").asInt());
        assertEquals(5, report.at("/summary/update").asInt());
        assertEquals("allow", report.at("/decision/outcome").asText());
        assertEquals(Decision.Outcome.ALLOW, outcome.report().decision().outcome());
        assertTrue(read(outcome.bundleDir().resolve(Bundle.REPORT_MD)).contains("billing_disputes"));
        assertEquals(outcome.bundleDir().toString().replace(ws.dir() + "/", "") + "/plan.json",
                outcome.report().plan().source().replace(ws.dir() + "/", ""));
    }

    @Test
    void anErroredPlanIsDeniedAfterACompleteBundle() {
        terraform.showing(Fixtures.repo("examples/plans/errored.json")).install();

        PlanOutcome outcome = plan("dev");

        assertEquals(Decision.Outcome.DENY, outcome.report().decision().outcome());
        assertTrue(Files.isRegularFile(outcome.bundleDir().resolve(Bundle.BUNDLE_JSON)));
    }

    @Test
    void stateLineageAndSerialAreNullWhenTheWorkspaceHasNoStateYet() throws IOException {
        terraform.withState("").install();

        PlanOutcome outcome = plan("dev");

        assertEquals(Optional.empty(), outcome.bundle().stateLineage());
        assertEquals(Optional.empty(), outcome.bundle().stateSerial());
        JsonNode json = JSON.readTree(outcome.bundleDir().resolve(Bundle.BUNDLE_JSON).toFile());
        assertTrue(json.get("stateLineage").isNull());
        assertTrue(json.get("stateSerial").isNull());
    }

    @Test
    void aRealRawStateFromStatePullGivesItsLineageAndSerial() throws IOException {
        Path state = Fixtures.shared("terraform-real/hashicorp-terraform-mpl/show-json-state/basic.input-tfstate.json");
        terraform.withState(Files.readString(state)).install();

        PlanOutcome outcome = plan("dev");

        assertEquals(Optional.of("00bfda35-ad61-ec8d-c013-14b0320bc416"), outcome.bundle().stateLineage());
        assertEquals(Optional.of(1L), outcome.bundle().stateSerial());
    }

    @Test
    void withoutACiVariableTheCommitIsNullAndTheUserIsTheOsUser() throws IOException {
        environment = new HashMap<>(environment);
        environment.remove("GITHUB_SHA");
        environment.remove("GITHUB_ACTOR");
        environment.put("USER", "erin"); // a shell variable anyone can set: not an identity source (ARCHITECTURE.md "Identity")

        PlanOutcome outcome = plan("dev");

        assertEquals(Optional.empty(), outcome.bundle().gitCommit(), "tmp is not a git work tree");
        assertTrue(JSON.readTree(outcome.bundleDir().resolve(Bundle.BUNDLE_JSON).toFile()).get("gitCommit").isNull());
        assertEquals(System.getProperty("user.name"), outcome.bundle().createdBy().identity());
        assertEquals("user.name", outcome.bundle().createdBy().source());
    }

    @Test
    void policiesDigestCoversThePolicyFilesWhenPoliciesAreConfigured() throws IOException {
        String rules = "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n  - {name: r, effect: warn}\n---\n";
        ws.write("policies/guardrails.yaml", rules + "apiVersion: cxgate/v1\nkind: Waivers\nwaivers: []\n");
        ws.write("cxgate.yaml", read(ws.config()) + "policies: policies/\n");

        String first = plan("dev").bundle().policiesDigest().orElseThrow();
        ws.write("policies/guardrails.yaml", rules + "apiVersion: cxgate/v1\nkind: Waivers\nwaivers: [] # edited\n");
        String second = plan("dev").bundle().policiesDigest().orElseThrow();

        assertTrue(Digests.isDigest(first));
        assertNotEquals(first, second);
    }

    @Test
    void tofuConfiguredByNameIsFoundOnThePathTerraformGets() throws IOException {
        Path tofu = terraform.binary().resolveSibling("tofu");
        Files.copy(terraform.binary(), tofu);
        ws.write("cxgate.yaml", read(ws.config()).replace("binary: " + terraform.binary(), "binary: tofu"));
        environment = new HashMap<>(environment);
        environment.put("PATH", tofu.getParent() + ":/usr/bin:/bin");

        plan("uat");

        assertEquals(5, terraform.calls());
    }

    @Test
    void withoutAConfigTheWorkingDirectoryIsTheRootModuleAndTheInheritedCredentialsAreUsed() throws IOException {
        Files.delete(ws.config());
        environment = new HashMap<>(environment);
        environment.put("PATH", terraform.binary().getParent() + ":/usr/bin:/bin");
        environment.put("GENESYSCLOUD_OAUTHCLIENT_ID", "inherited-client-id");
        environment.put("GENESYSCLOUD_REGION", "eu-west-2");

        PlanOutcome outcome = service().plan(new PlanRequest("sandbox", Optional.empty(), ws.dir(),
                Optional.of(tmp.resolve("bundles/sandbox")), SimulationChoice.fromConfig(), Optional.empty(), Optional.empty()));

        assertEquals(List.of(List.of("init", "-input=false", "-no-color"), List.of("state", "pull")),
                List.of(terraform.argv(1), terraform.argv(3)));
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=5m"), terraform.argv(2).subList(0, 4));
        assertEquals(5, terraform.argv(2).size(), "no var files: " + terraform.argv(2));
        assertEquals(ws.dir().resolve(".cxgate/terraform/sandbox").toString(), terraform.env(1).get("TF_DATA_DIR"));
        assertEquals("eu-west-2", terraform.env(1).get("GENESYSCLOUD_REGION"));
        assertEquals(TerraformWorkspace.INHERITED_SECRET, terraform.env(1).get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertEquals("sandbox", outcome.bundle().environment());
        assertEquals(Digests.of(new byte[0]), outcome.bundle().inputsDigest(), "no var files, no backend config");
    }

    @Test
    void aSilentPhaseShowsHeartbeatsOnStderr() {
        terraform.on("state", "need_init\nsleep 1\ncat \"$REC/state.json\"").install();
        runners = binary -> new CommonsExecTerraformRunner(binary, new PrintWriter(stderr, true),
                Duration.ofMillis(200), Duration.ofMillis(200));

        plan("uat");

        assertTrue(stderr.toString().matches("(?s).*\\[terraform state-pull] still running \\(\\d+s\\)\n.*"), stderr.toString());
    }

    // ---- where the bundle goes ---------------------------------------------------------------------------------

    @Test
    void theDefaultBundleDirectoryIsUnderTheWorkingDirectoryNamedByEnvironmentAndUtcTime() {
        PlanOutcome first = plan("dev", Optional.empty());
        PlanOutcome second = plan("dev", Optional.empty());

        assertEquals(ws.dir().resolve(".cxgate/bundles/dev-20261126T090000Z"), first.bundleDir());
        assertEquals(ws.dir().resolve(".cxgate/bundles/dev-20261126T090000Z-2"), second.bundleDir());
        assertEquals(first.bundle().artifactDigest(), second.bundle().artifactDigest(),
                "bundles under .cxgate/ are not part of the artifact");
    }

    @Test
    void anExistingOutDirectoryIsRefusedBeforeTerraformRuns() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("bundles/taken"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan("dev", Optional.of(out)));

        assertTrue(e.getMessage().contains("already exists; a bundle is never overwritten"), e.getMessage());
        assertEquals(0, terraform.calls());
    }

    // ---- refusals before terraform runs ----------------------------------------------------------------------

    @Test
    void aMissingCredentialVariableIsInvalidInputNamingItBeforeTerraformRuns() {
        environment = new HashMap<>(environment);
        environment.remove("GC_DEV_CLIENT_SECRET");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan("dev"));

        assertTrue(e.getMessage().contains("environment variable GC_DEV_CLIENT_SECRET is not set"), e.getMessage());
        assertEquals(0, terraform.calls());
        assertEquals(List.of(), assertNoBundles());
    }

    private List<Path> assertNoBundles() {
        try {
            return leftovers();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void liveSimulationWithoutItsCredentialsIsRefusedBeforeTerraformRuns() {
        environment = new HashMap<>(environment);
        environment.remove("GC_DEV_CLIENT_ID");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service().plan(request("dev", Optional.empty(), SimulationChoice.live())));

        assertTrue(e.getMessage().contains("GC_DEV_CLIENT_ID"), e.getMessage());
        assertEquals(0, terraform.calls());
    }

    @Test
    void liveSimulationWhoseApiRefusesTheCredentialsFailsBeforeTerraformRuns() {
        try (io.cxgate.genesys.emulator.OrgEmulator org = new io.cxgate.genesys.emulator.OrgEmulator(
                io.cxgate.genesys.source.OrgSnapshot.read(io.cxgate.testing.Fixtures.repo("examples/orgs/prod-snapshot.json")),
                io.cxgate.testing.TerraformWorkspace.DEV_CLIENT_ID, "another-secret")) {
            ws.write("cxgate.yaml", read(ws.config()).replace("    workspace: dev\n",
                    "    workspace: dev\n    simulation: live\n    apiBaseUrl: " + org.baseUrl() + "\n"));

            io.cxgate.CxgateException e = assertThrows(io.cxgate.CxgateException.class, () -> plan("dev"));

            assertTrue(e.getMessage().startsWith("live-org check of environment 'dev': get OAuth token: POST /oauth/token:"
                    + " 401"), e.getMessage());
            assertEquals(0, terraform.calls(), "the API is asked before terraform runs");
            assertEquals(List.of(), leftovers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void simulationLiveInTheConfigChecksTheEnvironmentsOrg() {
        try (io.cxgate.genesys.emulator.OrgEmulator org = new io.cxgate.genesys.emulator.OrgEmulator(
                io.cxgate.genesys.source.OrgSnapshot.read(io.cxgate.testing.Fixtures.repo("examples/orgs/prod-snapshot.json")),
                io.cxgate.testing.TerraformWorkspace.DEV_CLIENT_ID, io.cxgate.testing.TerraformWorkspace.DEV_CLIENT_SECRET)) {
            ws.write("cxgate.yaml", read(ws.config()).replace("    workspace: dev\n",
                    "    workspace: dev\n    simulation: live\n    apiBaseUrl: " + org.baseUrl() + "\n"));

            PlanOutcome outcome = plan("dev");

            assertEquals(io.cxgate.simulate.Simulation.Source.LIVE, outcome.report().simulation().source());
            // the preflight's token request before terraform, then the check's own requests
            assertEquals(org.requests(), 1 + outcome.report().simulation().requests());
            assertEquals(List.of(), outcome.report().findings());
        }
    }

    @Test
    void anUnknownEnvironmentIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan("prod"));

        assertTrue(e.getMessage().contains("unknown environment 'prod'"), e.getMessage());
        assertEquals(0, terraform.calls());
    }

    // ---- terraform failing -----------------------------------------------------------------------------------

    @Test
    void aFailingPlanIsARuntimeFailureWithItsLastErrorLineMaskedAndLeavesNoBundle() throws IOException {
        terraform.on("plan", """
                need_init
                for a in "$@"; do case "$a" in -out=*) echo partial > "${a#-out=}";; esac; done
                echo 'genesyscloud_routing_queue.sales: Refreshing state...'
                echo '' >&2
                echo "Error: authentication failed for client $GENESYSCLOUD_OAUTHCLIENT_SECRET" >&2
                exit 1
                """).install();

        CxgateException e = assertThrows(CxgateException.class, () -> plan("dev"));

        assertEquals("terraform plan failed (exit 1): Error: authentication failed for client (sensitive)", e.getMessage());
        assertFalse(e instanceof InvalidInputException);
        assertEquals(List.of(), leftovers(), "no bundle and no staging directory");
        assertEquals(3, terraform.calls(), "nothing runs after the failed plan");
    }

    @Test
    void aFailingShowLeavesNoBundle() throws IOException {
        terraform.on("show", "echo 'Error: plan file is corrupt' >&2; exit 1").install();

        CxgateException e = assertThrows(CxgateException.class, () -> plan("dev"));

        assertTrue(e.getMessage().startsWith("terraform show failed (exit 1): Error: plan file is corrupt"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    @Timeout(60)
    void aTimeoutStopsTerraformAndLeavesNoBundle() throws Exception {
        terraform.on("plan", """
                need_init
                sleep 60 &
                echo $! > "$REC/child.pid"
                echo 'Refreshing state...'
                wait
                """).install();
        Function<String, TerraformRunner> real = runners;
        runners = binary -> invocation -> real.apply(binary).run(invocation.withTimeout(Duration.ofSeconds(1)));

        CxgateException e = assertThrows(CxgateException.class, () -> plan("dev"));

        assertTrue(e.getMessage().startsWith("terraform plan timed out after"), e.getMessage());
        long child = Long.parseLong(Files.readString(terraform.recordDir().resolve("child.pid")).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "terraform's child survived");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aMissingBinaryNamesTheConfiguredBinary() {
        ws.write("cxgate.yaml", read(ws.config()).replace("binary: " + terraform.binary(), "binary: tofu"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan("dev"));

        assertEquals("terraform binary 'tofu' not found on PATH (terraform.binary in cxgate.yaml)", e.getMessage());
        assertEquals(List.of(), assertNoBundles());
    }

    @Test
    void aStatePullThatIsNotAStateIsARuntimeFailure() {
        terraform.withState("<html>proxy error</html>").install();

        CxgateException e = assertThrows(CxgateException.class, () -> plan("dev"));

        assertTrue(e.getMessage().startsWith("terraform state pull: the output is not a terraform state"), e.getMessage());
        assertEquals(List.of(), assertNoBundles());
    }
}
