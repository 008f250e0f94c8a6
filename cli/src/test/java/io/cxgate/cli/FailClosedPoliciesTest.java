package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;

/**
 * A gate must not open by accident: an empty policies directory, a rule that can never match and an approval
 * nobody can give are exit 2; a protected environment without policies passes only with a loud warning; a
 * policy test run without cases is not a pass.
 */
class FailClosedPoliciesTest {
    private static final String THURSDAY_9PM = "2026-11-26T21:00:00Z";
    private static final String WARNING = "WARNING: protected environment 'prod' has no policies";

    @TempDir
    Path dir;

    private static String example(String name) {
        return Fixtures.repo("examples/plans/" + name).toString();
    }

    private static void assertOneLineError(CliRun run, int code, String fragment) {
        assertEquals(code, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, "exactly one stderr line: " + run.err());
        assertTrue(run.err().startsWith("cxgate: "), run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertEquals("", run.out(), "nothing on stdout");
    }

    private Path policies(String yaml) throws IOException {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("rules.yaml"), yaml);
        return policies;
    }

    private Path config(String policiesLine, String approvers) throws IOException {
        return Files.writeString(dir.resolve("cxgate.yaml"), policiesLine
                + "environments:\n  dev: {}\n  prod: {protected: true}\n" + approvers);
    }

    @Test
    void anEmptyPoliciesDirectoryGivenWithPoliciesIsExitTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "nothing here\n");
        assertOneLineError(CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod",
                "--policies", empty.toString()), 2, "empty (--policies): no kind: Policy rules in the policies directory");
    }

    @Test
    void anEmptyPoliciesDirectoryNamedByTheConfigIsExitTwo() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Path config = config("policies: rules\n", "");
        assertOneLineError(CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod",
                "--config", config.toString()), 2, "(policies: in " + config + "): no kind: Policy rules");
    }

    @Test
    void aProtectedEnvironmentWithoutPoliciesIsAllowedOnlyWithALoudWarningInEveryFormat() throws IOException {
        Path config = config("", "");
        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRun run = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod",
                    "--config", config.toString(), "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains(WARNING), format + ":\n" + run.out());
        }
        CliRun text = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "prod",
                "--config", config.toString());
        assertTrue(text.out().lines().skip(1).findFirst().orElse("").contains(WARNING),
                "the warning is the line under the verdict:\n" + text.out());
        CliRun dev = CliRun.of("check", "--plan", example("skill-rename.json"), "--env", "dev",
                "--config", config.toString());
        assertFalse(dev.out().contains("WARNING"), dev.out());
    }

    @Test
    void policyTestOnADirectoryWithoutCasesIsExitSix() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n  - {name: r, effect: warn}\n");
        CliRun run = CliRun.of("policy", "test", policies.toString());
        assertEquals(6, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("No kind: PolicyTest cases in " + policies + ": nothing was tested."), run.out());
        assertTrue(run.out().contains("0 cases in " + policies + ": 0 passed, 0 failed"), run.out());
    }

    @Test
    void aMatchTypeThatNamesNoProviderTypeIsExitTwoNamingTheRule() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: queues, match: {types: [genesyscloud_routing_*, genesyscloud_routing_queu]}, effect: deny}\n");
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--policies", policies.toString()), 2, "rules.yaml: line 5, column 60: rules[0].match.types[1]:"
                + " rule 'queues' can never match: 'genesyscloud_routing_queu' is not a resource type of the provider"
                + " (v1.84.1) nor a glob (did you mean 'genesyscloud_routing_queue'?)");
        assertOneLineError(CliRun.of("policy", "test", policies.toString()), 2, "rule 'queues' can never match");
    }

    @Test
    void typesOfOtherProvidersAndGlobsPass() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: r, match: {types: [null_resource, 'genesyscloud_*_queue', genesyscloud_flow]}, effect: warn}\n");
        CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--policies", policies.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void anApproverGroupTheConfigLacksIsExitTwoAtCheck() throws IOException {
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: r, environments: [prod], effect: require_approval, approvers: {group: cc-ops}}\n");
        Path config = config("", "approvers:\n  cc-operations: [alice]\n");
        assertOneLineError(CliRun.of("check", "--plan", example("release.json"), "--env", "prod",
                "--config", config.toString(), "--policies", policies.toString(), "--now", THURSDAY_9PM), 2,
                "rules.yaml: line 5, column 5: rule 'r' requires approval from 'cc-ops', a group " + config
                        + " does not define under approvers (cc-operations): nobody could give that approval in prod");
        CliRun dev = CliRun.of("check", "--plan", example("release.json"), "--env", "dev",
                "--config", config.toString(), "--policies", policies.toString(), "--now", THURSDAY_9PM);
        assertEquals(0, dev.exitCode(), "the rule does not apply in dev: " + dev.err());
        CliRun noConfig = CliRun.of("check", "--plan", example("release.json"), "--env", "prod",
                "--policies", policies.toString(), "--now", THURSDAY_9PM);
        assertEquals(3, noConfig.exitCode(), "without a config, groups are reported, not checked: " + noConfig.err());
    }

    @Test
    void anApproverGroupTheConfigLacksIsRefusedAtPlanBeforeTerraformRuns() throws IOException {
        TerraformWorkspace ws = TerraformWorkspace.create(dir.resolve("ws"));
        RecordingTerraform terraform = ws.terraform().install();
        Path policies = policies("apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - {name: r, effect: require_approval, approvers: {group: security}}\n");
        ws.writeConfig("policies: " + policies + "\napprovers:\n  cc-operations: [alice]\n");
        CliRun run = CliRun.withEnvironment(ws.environment(), "plan", "--config", ws.config().toString(),
                "--env", "dev", "--out", dir.resolve("bundle").toString());
        assertOneLineError(run, 2, "rule 'r' requires approval from 'security'");
        assertEquals(0, terraform.recorded().calls(), "terraform never ran");
        assertFalse(Files.exists(dir.resolve("bundle")));
    }

    @Test
    void theQuickStartConfigsDefineEveryGroupTheDefaultBundleNames() {
        for (String config : new String[] {"examples/cxgate.yaml", "terraform-templates/cxgate.yaml"}) {
            CliRun run = CliRun.of("check", "--plan", example("release.json"), "--env", "prod",
                    "--config", Fixtures.repo(config).toString(), "--policies", Fixtures.repo("policies").toString(),
                    "--now", THURSDAY_9PM, "--no-simulation");
            assertEquals(3, run.exitCode(), config + ": " + run.err());
        }
    }
}
