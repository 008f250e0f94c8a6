package io.cxgate.terraform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cxgate.testing.StandInCalls;
import io.cxgate.testing.TerraformConsole;

/**
 * A bash script named {@code terraform} that stands in for the real binary (which cannot be installed
 * here). Each call records its argv and environment (NUL-separated) under {@link #recordDir()} as
 * {@code argv.N} / {@code env.N}, refuses to run with an inherited access token, then runs the body
 * given for its subcommand ({@code $1}); the defaults print plausible terraform output.
 */
final class StandInTerraform {
    static final String DIFF_CANARY = "CANARY-DIFF-VALUE-7f3a";

    private final Path binDir;
    private final Path recordDir;
    private final Map<String, String> bodies = new LinkedHashMap<>();

    private StandInTerraform(Path root) {
        this.binDir = root.resolve("bin");
        this.recordDir = root.resolve("rec");
        bodies.put("init", "echo 'Initializing the backend...'\necho 'Terraform has been successfully initialized!'");
        bodies.put("workspace", "echo \"Switched to workspace \\\"$4\\\".\"");
        bodies.put("plan", """
                for a in "$@"; do case "$a" in -out=*) : > "${a#-out=}";; esac; done
                echo 'genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]'
                echo "provider debug: oauth client secret is $GENESYSCLOUD_OAUTHCLIENT_SECRET"
                """ + TerraformConsole.planDiffBody(DIFF_CANARY, "plan.tfplan"));
        bodies.put("state", "printf '{\"version\":4,\"serial\":42,\"lineage\":\"lineage-1\"}\\n'");
        bodies.put("version", "printf '{\"terraform_version\":\"1.9.8\",\"platform\":\"linux_amd64\"}\\n'");
        bodies.put("show", "echo 'no fixture given' >&2; exit 1");
        bodies.put("apply", "echo 'genesyscloud_integration_credential.crm: Modifying... [id=9a]'\n"
                + "echo 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.'");
    }

    static StandInTerraform in(Path root) {
        return new StandInTerraform(root);
    }

    /** Replaces the body run for subcommand {@code $1}. */
    StandInTerraform on(String subcommand, String body) {
        bodies.put(subcommand, body);
        return this;
    }

    /** Writes the script; returns this. */
    StandInTerraform install() {
        StringBuilder script = new StringBuilder("#!/bin/bash\n" + StandInCalls.recordingPrologue(recordDir) + """
                if [[ -n "${GENESYSCLOUD_ACCESS_TOKEN:-}" ]]; then
                  echo 'Error: stand-in: inherited GENESYSCLOUD_ACCESS_TOKEN reached terraform' >&2; exit 70
                fi
                case "$1" in
                """);
        bodies.forEach((sub, body) -> script.append(sub).append(")\n").append(body).append("\n;;\n"));
        script.append("*) echo \"Error: stand-in: unexpected subcommand $1\" >&2; exit 64;;\nesac\n");
        StandInCalls.install(binDir.resolve("terraform"), recordDir, script);
        return this;
    }

    Path binDir() {
        return binDir;
    }

    Path recordDir() {
        return recordDir;
    }

    private StandInCalls recorded() {
        return new StandInCalls(recordDir);
    }

    /** How many times the stand-in ran. */
    int calls() {
        return recorded().calls();
    }

    /** The arguments of call {@code n} (1-based). */
    List<String> argv(int n) {
        return recorded().argv(n);
    }

    /** The environment of call {@code n} (1-based), as bash saw it. */
    Map<String, String> env(int n) {
        return recorded().env(n);
    }

    /** Every recorded argv file's raw text, for "never on the command line" checks. */
    String allArguments() {
        return recorded().allArguments();
    }
}
