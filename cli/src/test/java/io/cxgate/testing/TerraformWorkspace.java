package io.cxgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A CX as Code checkout for {@code cxgate plan} tests, laid out like {@code examples/plans/release.json}'s
 * configuration: a root module calling {@code ./modules/{architect,flows,integrations,queues,skills}}, the two
 * flows it deploys ({@code flows/*.yaml}, copied from {@code examples/flows}), a lock file, per-environment var and
 * backend files, and a {@code cxgate.yaml} whose {@code terraform.binary} is a {@link RecordingTerraform}.
 * {@code dev} selects a workspace; {@code uat} does not.
 */
public final class TerraformWorkspace {
    public static final String DEV_CLIENT_ID = "CANARY-DEV-CLIENT-ID-0a9f";
    public static final String DEV_CLIENT_SECRET = "CANARY-DEV-CLIENT-SECRET-93c2";
    public static final String UAT_CLIENT_ID = "CANARY-UAT-CLIENT-ID-17de";
    public static final String UAT_CLIENT_SECRET = "CANARY-UAT-CLIENT-SECRET-5b60";
    public static final String INHERITED_TOKEN = "CANARY-INHERITED-ACCESS-TOKEN-c4d1";
    public static final String INHERITED_SECRET = "CANARY-INHERITED-CLIENT-SECRET-e8a7";

    private final Path dir;
    private final RecordingTerraform terraform;

    private TerraformWorkspace(Path dir, RecordingTerraform terraform) {
        this.dir = dir;
        this.terraform = terraform;
    }

    /** Lays out the checkout in {@code root/repo} and the stand-in in {@code root/standin} (not yet installed). */
    public static TerraformWorkspace create(Path root) {
        Path dir = root.resolve("repo");
        TerraformWorkspace ws = new TerraformWorkspace(dir, RecordingTerraform.in(root.resolve("standin"))
                .showing(Fixtures.repo("examples/plans/release.json")));
        ws.write("main.tf", """
                terraform {
                  required_providers {
                    genesyscloud = { source = "mypurecloud/genesyscloud", version = "~> 1.84" }
                  }
                  backend "s3" {}
                }
                provider "genesyscloud" {}
                module "skills"       { source = "./modules/skills" }
                module "queues"       { source = "./modules/queues" }
                module "architect"    { source = "./modules/architect" }
                module "flows"        { source = "./modules/flows" }
                module "integrations" { source = "./modules/integrations" }
                """);
        ws.write("variables.tf", "variable \"crm_password\" {\n  type      = string\n  sensitive = true\n}\n");
        for (String module : new String[] {"architect", "flows", "integrations", "queues", "skills"}) {
            ws.write("modules/" + module + "/main.tf", "# module " + module + "\n");
        }
        ws.write(".terraform.lock.hcl", """
                provider "registry.terraform.io/mypurecloud/genesyscloud" {
                  version     = "1.84.1"
                  constraints = "~> 1.84"
                }
                """);
        ws.copy(Fixtures.repo("examples/flows/inbound_main.yaml"), "flows/inbound_main.yaml");
        ws.copy(Fixtures.repo("examples/flows/inqueue_sales.yaml"), "flows/inqueue_sales.yaml");
        ws.write("envs/dev.tfvars", "crm_password = \"dev-crm-password\"\nqueue_prefix = \"DEV \"\n");
        ws.write("envs/uat.tfvars", "crm_password = \"uat-crm-password\"\nqueue_prefix = \"UAT \"\n");
        ws.write("envs/dev.backend.hcl", "bucket = \"cx-state\"\nkey    = \"dev/terraform.tfstate\"\n");
        ws.write("envs/uat.backend.hcl", "bucket = \"cx-state\"\nkey    = \"uat/terraform.tfstate\"\n");
        ws.write("README.md", "# contact centre configuration\n");
        ws.writeConfig("");
        return ws;
    }

    /** Rewrites {@code cxgate.yaml}, with {@code extra} appended (top-level keys). */
    public TerraformWorkspace writeConfig(String extra) {
        write("cxgate.yaml", """
                terraform: {binary: %s, dir: ., timeoutMinutes: 5, lockTimeout: 2m}
                maskPatterns: ["(?i)bearer\\\\s+\\\\S+"]
                environments:
                  dev:
                    region: us-east-1
                    varFiles: [envs/dev.tfvars]
                    backendConfig: envs/dev.backend.hcl
                    workspace: dev
                    credentials: {clientIdEnv: GC_DEV_CLIENT_ID, clientSecretEnv: GC_DEV_CLIENT_SECRET}
                  uat:
                    region: us-east-1
                    varFiles: [envs/uat.tfvars]
                    backendConfig: envs/uat.backend.hcl
                    promotedFrom: dev
                    credentials: {clientIdEnv: GC_UAT_CLIENT_ID, clientSecretEnv: GC_UAT_CLIENT_SECRET}
                """.formatted(terraform.binary()) + extra);
        return this;
    }

    /** What a CI job might have in its environment, including everything terraform must not see. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", dir.getParent().toString());
        env.put("LANG", "C.UTF-8");
        env.put("GENESYSCLOUD_ACCESS_TOKEN", INHERITED_TOKEN);
        env.put("GENESYSCLOUD_OAUTHCLIENT_SECRET", INHERITED_SECRET);
        env.put("GENESYSCLOUD_SDK_DEBUG", "true");
        env.put("TF_WORKSPACE", "someone-elses");
        env.put("TF_CLI_ARGS", "-destroy");
        env.put("TF_CLI_ARGS_plan", "-target=foo");
        env.put("TF_DATA_DIR", "/elsewhere");
        env.put("TF_VAR_team", "cx");
        env.put("GC_DEV_CLIENT_ID", DEV_CLIENT_ID);
        env.put("GC_DEV_CLIENT_SECRET", DEV_CLIENT_SECRET);
        env.put("GC_UAT_CLIENT_ID", UAT_CLIENT_ID);
        env.put("GC_UAT_CLIENT_SECRET", UAT_CLIENT_SECRET);
        env.put("GITHUB_ACTOR", "dana");
        env.put("GITHUB_SHA", "9fceb02d0ae598e95dc970b74767f19372d61af8");
        return env;
    }

    public Path dir() {
        return dir;
    }

    public Path config() {
        return dir.resolve("cxgate.yaml");
    }

    public RecordingTerraform terraform() {
        return terraform;
    }

    public Path path(String relative) {
        return dir.resolve(relative);
    }

    public TerraformWorkspace write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TerraformWorkspace copy(Path from, String relative) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.copy(from, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
