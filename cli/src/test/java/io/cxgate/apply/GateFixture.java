package io.cxgate.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cxgate.config.ConfigLoader;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;

/**
 * A CX as Code checkout with dev → uat → prod (uat promoted from dev, prod from uat and protected), a policy that
 * makes every prod change need one {@code cc-operations} approval, another that denies prod outside its deployment
 * windows, a records store of the given kind, and the stand-in terraform. Commands run through the real command line.
 */
final class GateFixture {
    static final String PROD_CLIENT_ID = "CANARY-PROD-CLIENT-ID-4e1b";
    static final String PROD_CLIENT_SECRET = "CANARY-PROD-CLIENT-SECRET-aa07";

    private final TerraformWorkspace ws;
    private final Map<String, String> environment;
    private final String recordsYaml;
    private String policies = "policies: policies/";
    private String topExtra = "";
    private String devExtra = "";
    private int bundles;

    GateFixture(Path tmp, TestStores store) {
        this.ws = TerraformWorkspace.create(tmp);
        ws.terraform().install();
        ws.write("envs/prod.tfvars", "crm_password = \"prod-crm-password\"\nqueue_prefix = \"\"\n");
        ws.write("envs/prod.backend.hcl", "bucket = \"cx-state\"\nkey    = \"prod/terraform.tfstate\"\n");
        ws.write("policies/release.yaml", """
                apiVersion: cxgate/v1
                kind: Policy
                name: release
                rules:
                  - name: prod-needs-operations
                    environments: [prod]
                    scope: plan
                    condition: "size(plan.changes) > 0"
                    effect: require_approval
                    approvers: {group: cc-operations, count: 1}
                    message: "production changes need operations approval"
                  - name: outside-window
                    environments: [prod]
                    scope: plan
                    condition: "size(env.windows) > 0 && !inWindow(now, env.windows)"
                    effect: deny
                    message: "outside the production deployment window"
                """);
        this.recordsYaml = store.recordsYaml(tmp);
        writeConfig("");
        environment = new HashMap<>(ws.environment());
        environment.putAll(TestStores.environment());
        environment.put("GC_PROD_CLIENT_ID", PROD_CLIENT_ID);
        environment.put("GC_PROD_CLIENT_SECRET", PROD_CLIENT_SECRET);
    }

    /** Rewrites cxgate.yaml; {@code prodExtra} is added to prod's settings (e.g. deploymentWindows). */
    GateFixture writeConfig(String prodExtra) {
        ws.write("cxgate.yaml", """
                terraform: {binary: %s, dir: ., timeoutMinutes: 5, lockTimeout: 2m}
                %s
                %s
                %s
                environments:
                  dev:
                    region: us-east-1
                    varFiles: [envs/dev.tfvars]
                    backendConfig: envs/dev.backend.hcl
                    workspace: dev
                    credentials: {clientIdEnv: GC_DEV_CLIENT_ID, clientSecretEnv: GC_DEV_CLIENT_SECRET}
                    %s
                  uat:
                    region: us-east-1
                    varFiles: [envs/uat.tfvars]
                    backendConfig: envs/uat.backend.hcl
                    promotedFrom: dev
                    credentials: {clientIdEnv: GC_UAT_CLIENT_ID, clientSecretEnv: GC_UAT_CLIENT_SECRET}
                  prod:
                    region: us-east-1
                    varFiles: [envs/prod.tfvars]
                    backendConfig: envs/prod.backend.hcl
                    promotedFrom: uat
                    protected: true
                    credentials: {clientIdEnv: GC_PROD_CLIENT_ID, clientSecretEnv: GC_PROD_CLIENT_SECRET}
                    %s
                approvers:
                  cc-operations: [alice, bob, dana]
                  cx-leads: [carol]
                """.formatted(ws.terraform().binary(), policies, recordsYaml, topExtra, devExtra, prodExtra));
        return this;
    }

    /** {@code top} is added at the top level of cxgate.yaml (e.g. maskPatterns), {@code dev} to dev's settings. */
    GateFixture withDev(String top, String dev) {
        topExtra = top;
        devExtra = dev;
        return writeConfig("");
    }

    /** Adds top-level settings (e.g. {@code maskPatterns}) to cxgate.yaml. */
    GateFixture withTopLevel(String yaml) {
        topExtra = yaml;
        return writeConfig("");
    }

    /** No policies at all: every bundle is allowed (for tests about the lock, not the decision). */
    GateFixture withoutPolicies() {
        policies = "";
        return writeConfig("");
    }

    TerraformWorkspace workspace() {
        return ws;
    }

    RecordingTerraform terraform() {
        return ws.terraform();
    }

    Map<String, String> environment() {
        return environment;
    }

    void set(String variable, String value) {
        environment.put(variable, value);
    }

    /** {@code cxgate plan --env ENV} into a new bundle directory; returns the directory. */
    Path plan(String env, String... extra) {
        Path out = ws.dir().getParent().resolve("bundles").resolve(env + "-" + (++bundles));
        List<String> args = new ArrayList<>(List.of("plan", "--env", env, "--config", ws.config().toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun run = run(args.toArray(String[]::new));
        if (run.exitCode() != 0 && run.exitCode() != 3) {
            throw new AssertionError("plan " + env + " exited " + run.exitCode() + ": " + run.err());
        }
        return out;
    }

    CliRun approve(Path bundle, String by, String... extra) {
        List<String> args = new ArrayList<>(List.of("approve", "--bundle", bundle.toString(), "--config",
                ws.config().toString(), "--by", by));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    CliRun approvals(Path bundle, String... extra) {
        List<String> args = new ArrayList<>(List.of("approvals", "--bundle", bundle.toString(), "--config",
                ws.config().toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    CliRun apply(Path bundle) {
        return run("apply", "--bundle", bundle.toString(), "--config", ws.config().toString());
    }

    CliRun run(String... args) {
        return CliRun.withEnvironment(environment, args);
    }

    /** The store the config names, opened as the commands open it. */
    RecordStore store() {
        return RecordStore.open(ConfigLoader.load(ws.config()).records(), environment);
    }

    /** The stand-in's state for {@code env} (after an apply), replaced by {@code json}. */
    void writeState(String env, String json) {
        try {
            Path dir = ws.dir().resolve(".cxgate/terraform").resolve(env);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("state.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
