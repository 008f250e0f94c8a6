package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.cli.Cxgate;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import picocli.CommandLine;

/**
 * Secret canaries across every command: one dev → uat → prod pipeline whose inputs hold a canary in every place a
 * secret hides, then every command of {@link #ROWS} in every format its {@code --format} accepts (picocli's own list,
 * the one help prints). No canary may reach stdout, stderr, a report file, a bundle file meant for publishing
 * ({@code report.json}, {@code report.md}, {@code bundle.json}), the step summary, a record body, an MR comment
 * request or the API request log ({@code --verbose}). A new command fails {@link #everyCommandHasARow} until it gets
 * its row.
 */
class SecretCanariesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    // examples/plans/secrets.json (see examples/plans/README.md): catalog, marks, headers, variables, outputs
    static final List<String> PLAN_CANARIES = List.of("CANARY-HEADER-7f3a9c", "CANARY-APIKEY-4d5e6f",
            "CANARY-PASSWORD-2b8e41", "CANARY-VAR-c0ffee11", "CANARY-FIELD-91d2ab");
    /** Marked sensitive three levels down ({@code addresses[0].phone_numbers[0].number}). */
    static final String DEEP_MARK = "CANARY-DEEP-MARK-8e9f01";
    /** Only a {@code maskPatterns} entry hides it (a plain, unmarked description). */
    static final String MASKED = "CANARY-MASKED-KEY-2f3a44";
    /** Drift of a marked credential field and of an unmarked data-action header (catalog only). */
    static final String DRIFT_FIELD = "CANARY-DRIFT-FIELD-6b7c55";
    static final String DRIFT_HEADER = "CANARY-DRIFT-HEADER-1d2e66";
    static final String STATE = "CANARY-STATE-PASSWORD-4c5d77";
    static final String TFVARS = "CANARY-TFVARS-8a9b88";
    /** An org snapshot attribute named like a secret, a header value and a masked description (org diff). */
    static final String SNAPSHOT_SECRET = "CANARY-SNAPSHOT-SECRET-0d1e99";
    static final String SNAPSHOT_HEADER = "CANARY-SNAPSHOT-HEADER-3f4aaa";
    static final String SNAPSHOT_MASKED = "CANARY-SNAPSHOT-MASKED-7e8fcc";
    static final String GITHUB_TOKEN = "CANARY-GITHUB-TOKEN-5b6cbb";

    static final List<String> CANARIES = Stream.concat(PLAN_CANARIES.stream(), Stream.of(DEEP_MARK, MASKED,
            DRIFT_FIELD, DRIFT_HEADER, STATE, TFVARS, SNAPSHOT_SECRET, SNAPSHOT_HEADER, SNAPSHOT_MASKED, GITHUB_TOKEN,
            GateFixture.PROD_CLIENT_SECRET, TerraformWorkspace.DEV_CLIENT_SECRET, TerraformWorkspace.UAT_CLIENT_SECRET,
            TerraformWorkspace.INHERITED_TOKEN, TerraformWorkspace.INHERITED_SECRET, RecordingTerraform.DIFF_CANARY))
            .toList();

    /** How a row runs its command on the pipeline: {@code format} is null for a command without {@code --format}. */
    @FunctionalInterface
    interface Invocation {
        List<String> args(Pipeline p, String format);
    }

    /** One command line per row, run once per accepted format, expecting {@code exitCode}. */
    record Row(String command, int exitCode, Invocation invocation) {
    }

    /**
     * Every command that exists, in pipeline order (later rows use what earlier ones made: the prod bundle, its
     * approval, deployment prod-0001). prod-0001 is prod's first deployment, so its rollback is refused (exit 2)
     * after reading the store; RollbackFlowTest rolls a real deployment back with canaries in every format.
     */
    static final List<Row> ROWS = List.of(
            new Row("check", 3, (p, f) -> p.args("check", "--plan", p.planJson(), "--env", "prod", "--config",
                    p.config(), "--org", p.snapshotA(), "--format", f, "--out", p.out("check." + f))),
            new Row("check", 3, (p, f) -> p.args("check", "--plan", p.planJson(), "--env", "prod", "--config",
                    p.config(), "--live", "--api-base-url", p.emulator().baseUrl(), "--verbose", "--format", f)),
            new Row("plan", 3, (p, f) -> p.args("plan", "--env", "prod", "--config", p.config(), "--out",
                    p.newBundle("prod-" + f), "--format", f, "--verbose")),
            new Row("approve", 0, (p, f) -> p.args("approve", "--bundle", p.prodBundle(), "--config", p.config(),
                    "--by", "alice", "--comment", "CHG-1042", "--verbose")),
            new Row("approvals", 0, (p, f) -> p.args("approvals", "--bundle", p.prodBundle(), "--config", p.config(),
                    "--format", f, "--verbose")),
            new Row("apply", 0, (p, f) -> p.args("apply", "--bundle", p.prodBundle(), "--config", p.config(),
                    "--verbose")),
            new Row("history", 0, (p, f) -> p.args("history", "--config", p.config(), "--format", f, "--verbose")),
            new Row("show", 0, (p, f) -> p.args("show", "prod-0001", "--objects", "--config", p.config(), "--format", f,
                    "--verbose")),
            new Row("rollback", 2, (p, f) -> p.args("rollback", "--deployment", "prod-0001", "--config", p.config(),
                    "--out", p.out("rollback-" + f), "--format", f, "--verbose")),
            new Row("drift", 5, (p, f) -> p.args("drift", "--env", "prod", "--config", p.config(), "--org",
                    p.snapshotA(), "--format", f, "--out", p.out("drift." + f), "--verbose")),
            new Row("history", 0, (p, f) -> p.args("history", "--drift", "--config", p.config(), "--format", f)),
            new Row("comment", 0, (p, f) -> p.args("comment", "--report", p.prodBundle() + "/report.json",
                    "--github", "--verbose")),
            new Row("org export", 0, (p, f) -> p.args("org", "export", "--env", "prod", "--config", p.config(),
                    "--api-base-url", p.emulator().baseUrl(), "--out", p.out("export.json"), "--verbose")),
            new Row("org diff", 0, (p, f) -> p.args("org", "diff", p.snapshotA(), p.snapshotB(), "--config",
                    p.config(), "--format", f, "--verbose")),
            new Row("policy test", 6, (p, f) -> p.args("policy", "test", p.policyTests(), "--format", f, "--verbose")),
            new Row("state restore", 0, (p, f) -> p.args("state", "restore", "--deployment", "prod-0001", "--confirm",
                    "--config", p.config(), "--by", "dana", "--verbose")),
            new Row("unlock", 0, (p, f) -> p.args("unlock", "--env", "prod", "--reason", "canary check", "--config",
                    p.config(), "--by", "dana", "--verbose")),
            new Row("records verify", 0, (p, f) -> p.args("records", "verify", "--config", p.config(), "--verbose")));

    @TempDir
    Path tmp;
    private Pipeline pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void noCanaryReachesAnyOutputOfAnyCommandInAnyFormat() throws Exception {
        pipeline = new Pipeline(tmp);
        List<String> problems = new ArrayList<>();
        for (Row row : ROWS) {
            for (String format : formats(row.command())) {
                String label = row.command() + (format == null ? "" : " --format " + format);
                CliRun run = pipeline.run(label, row.invocation().args(pipeline, format));
                if (run.exitCode() != row.exitCode()) {
                    problems.add(label + ": exit " + run.exitCode() + ", expected " + row.exitCode() + ": "
                            + run.err().strip());
                }
            }
        }
        problems.addAll(pipeline.leaks());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        pipeline.assertSecretBearingFilesAreOwnerOnly();
    }

    /** Every leaf command of the real command line has a row, so a new command cannot skip the canaries. */
    @Test
    void everyCommandHasARow() {
        Set<String> commands = new TreeSet<>();
        leaves(Cxgate.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), "",
                commands);
        commands.remove("help");
        Set<String> rows = new TreeSet<>();
        ROWS.forEach(r -> rows.add(r.command()));
        assertEquals(commands, rows, "add a row to SecretCanariesTest.ROWS for each new command");
    }

    /** The formats of ARCHITECTURE.md's list, known answers: help offers exactly these. */
    @Test
    void theFormatsAreTheContractsFormatsPerCommand() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> reports = List.of("text", "markdown", "json", "junit", "sarif");
        expected.put("check", reports);
        expected.put("plan", reports);
        expected.put("drift", reports);
        expected.put("history", List.of("text", "markdown", "json"));
        expected.put("show", List.of("text", "markdown", "json"));
        expected.put("approvals", List.of("text", "json"));
        expected.put("org diff", List.of("text", "markdown", "json"));
        expected.put("policy test", List.of("text", "junit"));
        for (String none : List.of("approve", "apply", "unlock", "state restore", "records verify", "org export",
                "comment")) {
            expected.put(none, Collections.singletonList(null));
        }
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), formats(e.getKey()), e.getKey());
        }
    }

    /** The values {@code --format} accepts for {@code command} (as help lists them), or [null] without the option. */
    static List<String> formats(String command) {
        CommandLine sub = Cxgate.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : command.split(" ")) {
            sub = sub.getSubcommands().get(name);
        }
        CommandLine.Model.OptionSpec format = sub.getCommandSpec().findOption("--format");
        if (format == null) {
            return Collections.singletonList(null);
        }
        List<String> out = new ArrayList<>();
        format.completionCandidates().forEach(out::add);
        return out;
    }

    private static void leaves(CommandLine line, String prefix, Set<String> into) {
        if (line.getSubcommands().isEmpty()) {
            into.add(prefix.strip());
            return;
        }
        line.getSubcommands().forEach((name, sub) -> {
            if (sub.getParent() == line) {
                leaves(sub, prefix + " " + name, into);
            }
        });
    }

    /** The dev → uat → prod pipeline, its canary inputs, and everything its commands wrote. */
    static final class Pipeline implements AutoCloseable {
        private final Path tmp;
        private final GateFixture gate;
        private final OrgEmulator emulator;
        private final MockWebServer github = new MockWebServer();
        private final List<String> commentRequests = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, CliRun> runs = new LinkedHashMap<>();
        private final Path planJson;
        private final Path snapshotA;
        private final Path snapshotB;
        private final Path policyTests;
        private final Path outDir;
        private final Path stepSummary;
        private final List<Path> bundles = new ArrayList<>();
        private Path prodBundle;

        Pipeline(Path tmp) throws IOException {
            this.tmp = tmp;
            this.outDir = Files.createDirectories(tmp.resolve("out"));
            this.planJson = canaryPlan(tmp.resolve("canary-plan.json"));
            this.gate = new GateFixture(tmp, TestStores.SQLITE)
                    .withTopLevel("maskPatterns: [\"(?i)api_key=\\\\S+\", \"(?i)bearer\\\\s+\\\\S+\"]");
            gate.terraform().showing(planJson).install();
            // the root module calls exactly the modules secrets.json's configuration names
            gate.workspace().write("main.tf", """
                    terraform {
                      required_providers {
                        genesyscloud = { source = "mypurecloud/genesyscloud", version = "~> 1.84" }
                      }
                      backend "s3" {}
                    }
                    provider "genesyscloud" {}
                    module "skills"       { source = "./modules/skills" }
                    module "integrations" { source = "./modules/integrations" }
                    """);
            for (String unused : List.of("architect", "flows", "queues")) {
                Files.delete(gate.workspace().path("modules/" + unused + "/main.tf"));
                Files.delete(gate.workspace().path("modules/" + unused));
            }
            for (String env : List.of("dev", "uat", "prod")) {
                gate.workspace().write("envs/" + env + ".tfvars", "crm_password = \"" + TFVARS + "-" + env
                        + "\"\nqueue_prefix = \"\"\n");
                gate.writeState(env, """
                        {"version": 4, "terraform_version": "1.9.8", "serial": 42,
                         "lineage": "3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90", "outputs": {"api_key": {"value": "%s",
                         "type": "string", "sensitive": true}},
                         "resources": [{"mode": "managed", "type": "genesyscloud_integration_credential", "name": "crm",
                           "instances": [{"attributes": {"fields": {"password": "%s"}}}]}]}
                        """.formatted(STATE, STATE));
            }
            this.stepSummary = tmp.resolve("step-summary.md");
            gate.set("GITHUB_STEP_SUMMARY", stepSummary.toString());
            this.snapshotA = Fixtures.repo("examples/orgs/prod-snapshot.json");
            this.snapshotB = canarySnapshot(tmp.resolve("snapshot-b.json"));
            this.policyTests = canaryPolicyTests(tmp.resolve("policy-tests"));
            this.emulator = new OrgEmulator(OrgSnapshot.read(snapshotA), GateFixture.PROD_CLIENT_ID,
                    GateFixture.PROD_CLIENT_SECRET);
            github.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    commentRequests.add(request.getMethod() + " " + request.getUrl() + "\n"
                            + (request.getBody() == null ? "" : request.getBody().utf8()));
                    String path = request.getUrl().encodedPath();
                    String body = path.equals("/user") ? "{\"login\":\"cxgate-bot\"}"
                            : request.getMethod().equals("GET") ? "[]" : "{\"id\":2,\"user\":{\"login\":\"cxgate-bot\"}}";
                    return new MockResponse.Builder().code(request.getMethod().equals("POST") ? 201 : 200)
                            .setHeader("Content-Type", "application/json").body(body).build();
                }
            });
            github.start();
            gate.set("GITHUB_API_URL", github.url("/").toString());
            gate.set("GITHUB_REPOSITORY", "octo/cx");
            gate.set("GITHUB_REF", "refs/pull/7/merge");
            gate.set("GITHUB_TOKEN", GITHUB_TOKEN);
            // prod is promoted from uat, uat from dev: the same artifact goes through both first
            for (String env : List.of("dev", "uat")) {
                Path bundle = Path.of(newBundle(env));
                run("plan --env " + env, args("plan", "--env", env, "--config", config(), "--out", bundle.toString()));
                CliRun applied = run("apply " + env, args("apply", "--bundle", bundle.toString(), "--config", config()));
                assertEquals(0, applied.exitCode(), applied.err());
            }
        }

        /** The arguments, without {@code --format} when the row runs with no format. */
        List<String> args(String... args) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--format") && (i + 1 >= args.length || args[i + 1] == null)) {
                    i++;
                } else if (args[i] != null) {
                    out.add(args[i]);
                }
            }
            return out;
        }

        CliRun run(String label, List<String> args) {
            CliRun run = gate.run(args.toArray(String[]::new));
            runs.put(label + " #" + runs.size(), run);
            return run;
        }

        String config() {
            return gate.workspace().config().toString();
        }

        String planJson() {
            return planJson.toString();
        }

        String snapshotA() {
            return snapshotA.toString();
        }

        String snapshotB() {
            return snapshotB.toString();
        }

        String policyTests() {
            return policyTests.toString();
        }

        OrgEmulator emulator() {
            return emulator;
        }

        String out(String name) {
            return outDir.resolve(name).toString();
        }

        /** A new bundle directory; the last prod one is the bundle approve and apply use. */
        String newBundle(String name) {
            Path bundle = tmp.resolve("bundles").resolve(name);
            bundles.add(bundle);
            if (name.startsWith("prod")) {
                prodBundle = bundle;
            }
            return bundle.toString();
        }

        String prodBundle() {
            return prodBundle.toString();
        }

        /** Where a canary was found: every run's output, report files, published bundle files, records, requests. */
        List<String> leaks() throws IOException {
            Map<String, String> seen = new LinkedHashMap<>();
            runs.forEach((label, run) -> {
                seen.put(label + ": stdout", run.out());
                seen.put(label + ": stderr", run.err());
            });
            try (Stream<Path> files = Files.list(outDir)) {
                for (Path file : files.sorted().toList()) {
                    seen.put("report file " + file.getFileName(), Files.readString(file));
                }
            }
            for (Path bundle : bundles) {
                for (String published : List.of("report.json", "report.md", "bundle.json")) {
                    Path file = bundle.resolve(published);
                    if (Files.exists(file)) {
                        seen.put("bundle " + bundle.getFileName() + "/" + published, Files.readString(file));
                    }
                }
            }
            seen.put("step summary", Files.exists(stepSummary) ? Files.readString(stepSummary) : "");
            synchronized (commentRequests) {
                for (int i = 0; i < commentRequests.size(); i++) {
                    seen.put("comment request " + i, commentRequests.get(i));
                }
            }
            try (RecordStore store = gate.store()) {
                for (Entry entry : store.entries(EntryQuery.all())) {
                    seen.put("record " + entry.id() + " (" + entry.kind().id() + ")", entry.body().toString()
                            + entry.identity());
                }
            }
            List<String> canaries = new ArrayList<>(CANARIES);
            canaries.addAll(emulator.issuedTokens());
            List<String> leaks = new ArrayList<>();
            seen.forEach((where, text) -> {
                for (String canary : canaries) {
                    if (text.contains(canary)) {
                        leaks.add(where + " holds " + canary);
                    }
                }
            });
            if (seen.keySet().stream().noneMatch(k -> k.startsWith("comment request"))) {
                leaks.add("no comment was sent");
            }
            if (seen.keySet().stream().noneMatch(k -> k.startsWith("record prod-0001"))) {
                leaks.add("prod was not applied");
            }
            return leaks;
        }

        /** plan.tfplan, plan.json and terraform.log hold secrets by design: readable by their owner only. */
        void assertSecretBearingFilesAreOwnerOnly() throws IOException {
            for (String name : List.of("plan.tfplan", "plan.json", "terraform.log")) {
                Path file = Path.of(prodBundle()).resolve(name);
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.toString());
            }
        }

        @Override
        public void close() {
            emulator.close();
            github.close();
        }

        /** examples/plans/secrets.json plus a mark three levels deep, a masked description and drift. */
        private static Path canaryPlan(Path file) throws IOException {
            ObjectNode plan = (ObjectNode) JSON.readTree(Fixtures.repo("examples/plans/secrets.json").toFile());
            for (var change : plan.withArray("resource_changes")) {
                if (change.path("address").asText().equals("genesyscloud_user.hlopez")) {
                    ObjectNode c = (ObjectNode) change.path("change");
                    ((ObjectNode) c.path("after").path("addresses").path(0).path("phone_numbers").path(0))
                            .put("number", DEEP_MARK);
                    ((ObjectNode) c.path("after_sensitive").path("addresses").path(0).path("phone_numbers").path(0))
                            .put("number", true);
                    ((ObjectNode) c.path("after")).put("department", "Care api_key=" + MASKED);
                }
            }
            ArrayNode drift = plan.putArray("resource_drift");
            drift.add(driftedObject("genesyscloud_integration_credential", "legacy",
                    "{\"id\": \"9a1\", \"name\": \"Legacy CRM\", \"credential_type_name\": \"basicAuth\","
                            + " \"fields\": {\"password\": \"%s\"}}", DRIFT_FIELD, "{\"fields\": true}"));
            drift.add(driftedObject("genesyscloud_integration_action", "legacy_lookup",
                    "{\"id\": \"9a2\", \"name\": \"Legacy lookup\", \"category\": \"CRM\", \"integration_id\": \"9a3\","
                            + " \"config_request\": [{\"request_type\": \"GET\", \"request_url_template\":"
                            + " \"https://crm.example/lookup\", \"headers\": {\"X-Api-Key\": \"%s\"}}]}",
                    DRIFT_HEADER, "{\"config_request\": [{\"headers\": {}}]}"));
            JSON.writeValue(file.toFile(), plan);
            return file;
        }

        private static ObjectNode driftedObject(String type, String name, String valueTemplate, String canary,
                String sensitive) throws IOException {
            ObjectNode entry = JSON.createObjectNode()
                    .put("address", "module.integrations." + type + "." + name)
                    .put("module_address", "module.integrations").put("mode", "managed").put("type", type)
                    .put("name", name).put("provider_name", "registry.terraform.io/mypurecloud/genesyscloud");
            ObjectNode change = entry.putObject("change");
            change.putArray("actions").add("update");
            change.set("before", JSON.readTree(valueTemplate.formatted("old-" + canary)));
            change.set("after", JSON.readTree(valueTemplate.formatted(canary)));
            change.putObject("after_unknown");
            change.set("before_sensitive", JSON.readTree(sensitive));
            change.set("after_sensitive", JSON.readTree(sensitive));
            return entry;
        }

        /** prod-snapshot.json with a data action's header and a credential-like attribute changed. */
        private static Path canarySnapshot(Path file) throws IOException {
            ObjectNode snapshot = (ObjectNode) JSON.readTree(Fixtures.repo("examples/orgs/prod-snapshot.json").toFile());
            for (var o : snapshot.withArray("objects")) {
                if (o.path("resourceType").asText().equals("genesyscloud_integration_action")) {
                    ObjectNode attributes = (ObjectNode) o.path("attributes");
                    attributes.putObject("config").putObject("request").putObject("headers")
                            .put("Authorization", "Basic " + SNAPSHOT_HEADER);
                    attributes.put("clientSecret", SNAPSHOT_SECRET);
                } else if (o.path("resourceType").asText().equals("genesyscloud_routing_queue")) {
                    ((ObjectNode) o.path("attributes")).put("description", "escalations api_key=" + SNAPSHOT_MASKED);
                }
            }
            JSON.writeValue(file.toFile(), snapshot);
            return file;
        }

        /** A policy and a failing test case on the canary plan, so the output has detail to print. */
        private Path canaryPolicyTests(Path dir) throws IOException {
            Files.createDirectories(dir.resolve("tests/plans"));
            Files.writeString(dir.resolve("headers.yaml"), """
                    apiVersion: cxgate/v1
                    kind: Policy
                    name: headers
                    rules:
                      - name: data-action-headers
                        environments: [prod]
                        match: {types: [genesyscloud_integration_action]}
                        condition: "true"
                        effect: require_approval
                        approvers: {group: security, count: 1}
                        message: "data action headers changed"
                    """);
            Files.copy(planJson, dir.resolve("tests/plans/canary.json"));
            Files.writeString(dir.resolve("tests/headers.yaml"), """
                    apiVersion: cxgate/v1
                    kind: PolicyTest
                    name: headers
                    cases:
                      - name: a data action in production needs security
                        plan: plans/canary.json
                        environment: {name: prod, protected: true}
                        now: "2026-11-26T21:00:00Z"
                        expect: {outcome: approval_required, fired: [data-action-headers]}
                      - name: a deliberately wrong expectation, so the failure detail is printed
                        plan: plans/canary.json
                        environment: {name: prod, protected: true}
                        now: "2026-11-26T21:00:00Z"
                        expect: {outcome: allow, fired: []}
                    """);
            return dir;
        }
    }
}
