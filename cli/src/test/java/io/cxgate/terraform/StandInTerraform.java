package io.cxgate.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        StringBuilder script = new StringBuilder("""
                #!/bin/bash
                REC='%s'
                if [[ -f "$REC/count" ]]; then read -r n < "$REC/count"; else n=0; fi
                n=$((n + 1)); echo "$n" > "$REC/count"
                printf '%%s\\0' "$@" > "$REC/argv.$n"
                for v in $(compgen -e); do printf '%%s=%%s\\0' "$v" "${!v}"; done > "$REC/env.$n"
                if [[ -n "${GENESYSCLOUD_ACCESS_TOKEN:-}" ]]; then
                  echo 'Error: stand-in: inherited GENESYSCLOUD_ACCESS_TOKEN reached terraform' >&2; exit 70
                fi
                case "$1" in
                """.formatted(recordDir));
        bodies.forEach((sub, body) -> script.append(sub).append(")\n").append(body).append("\n;;\n"));
        script.append("*) echo \"Error: stand-in: unexpected subcommand $1\" >&2; exit 64;;\nesac\n");
        try {
            Files.createDirectories(binDir);
            Files.createDirectories(recordDir);
            Path file = binDir.resolve("terraform");
            Files.writeString(file, script);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path binDir() {
        return binDir;
    }

    Path recordDir() {
        return recordDir;
    }

    /** How many times the stand-in ran. */
    int calls() {
        Path count = recordDir.resolve("count");
        return Files.exists(count) ? Integer.parseInt(read(count).strip()) : 0;
    }

    /** The arguments of call {@code n} (1-based). */
    List<String> argv(int n) {
        String raw = read(recordDir.resolve("argv." + n));
        return raw.isEmpty() ? List.of() : Arrays.asList(raw.substring(0, raw.length() - 1).split("\0", -1));
    }

    /** The environment of call {@code n} (1-based), as bash saw it (bash adds PWD, SHLVL and _). */
    Map<String, String> env(int n) {
        Map<String, String> env = new TreeMap<>();
        for (String entry : read(recordDir.resolve("env." + n)).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** Every recorded argv file's raw text, for "never on the command line" checks. */
    String allArguments() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= calls(); i++) {
            all.append(read(recordDir.resolve("argv." + i)));
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
