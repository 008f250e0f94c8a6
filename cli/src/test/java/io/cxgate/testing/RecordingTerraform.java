package io.cxgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bash script standing in for {@code terraform} (which cannot be installed here) for whole {@code cxgate plan}
 * runs. Each call records its argv and environment (NUL-separated) as {@code argv.N} / {@code env.N}, then checks
 * what real terraform would trip over, then behaves like terraform for its subcommand:
 *
 * <ul>
 *   <li>refuses an inherited {@code GENESYSCLOUD_ACCESS_TOKEN}, {@code TF_WORKSPACE}, {@code TF_CLI_ARGS*}, a missing
 *       {@code TF_DATA_DIR} or missing provider credentials;</li>
 *   <li>{@code init} remembers a hash of its {@code -backend-config} file in {@code $TF_DATA_DIR} and, like
 *       terraform, refuses a different backend config in a data directory initialised for another;</li>
 *   <li>every other subcommand needs an initialised {@code $TF_DATA_DIR};</li>
 *   <li>{@code plan} writes a planfile derived from its var files, backend and workspace, prints the diff body with
 *       {@link #DIFF_CANARY} in it and a provider debug line holding the client secret;</li>
 *   <li>{@code state pull}, {@code show -json} and {@code version -json} replay recorded output: by default a
 *       real raw state, and the plan JSON given to {@link #showing}.</li>
 * </ul>
 * Bodies can be replaced per subcommand with {@link #on}.
 */
public final class RecordingTerraform {
    /** A plan value terraform prints in its diff body: it must never reach cxgate's stdout or stderr. */
    public static final String DIFF_CANARY = "CANARY-DIFF-VALUE-b71e";

    private final Path binDir;
    private final Path recordDir;
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private Path showJson;
    private String stateJson = """
            {
              "version": 4,
              "terraform_version": "1.9.8",
              "serial": 42,
              "lineage": "3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90",
              "outputs": {},
              "resources": [],
              "check_results": null
            }
            """;

    private RecordingTerraform(Path root) {
        this.binDir = root.resolve("bin");
        this.recordDir = root.resolve("rec");
        bodies.put("init", """
                backend=none
                for a in "$@"; do case "$a" in -backend-config=*) backend="$(sha256sum < "${a#-backend-config=}" | cut -c1-16)";; esac; done
                mkdir -p "$TF_DATA_DIR"
                if [[ -f "$TF_DATA_DIR/backend" && "$(cat "$TF_DATA_DIR/backend")" != "$backend" ]]; then
                  echo '' >&2
                  echo 'Error: Backend configuration changed' >&2
                  echo '' >&2
                  echo 'A change in the backend configuration has been detected, which may require' >&2
                  echo 'migrating existing state.' >&2
                  exit 1
                fi
                echo "$backend" > "$TF_DATA_DIR/backend.$$" && mv -f "$TF_DATA_DIR/backend.$$" "$TF_DATA_DIR/backend"
                echo ''
                echo 'Initializing the backend...'
                echo 'Initializing provider plugins...'
                echo '- Using previously-installed mypurecloud/genesyscloud v1.84.1'
                echo ''
                echo 'Terraform has been successfully initialized!'
                """);
        bodies.put("workspace", """
                need_init
                echo "$4" > "$TF_DATA_DIR/environment.$$" && mv -f "$TF_DATA_DIR/environment.$$" "$TF_DATA_DIR/environment"
                echo "Switched to workspace \\"$4\\"."
                """);
        bodies.put("plan", """
                need_init
                out=''
                vars=()
                for a in "$@"; do case "$a" in
                  -out=*) out="${a#-out=}";;
                  -var-file=*) vars+=("${a#-var-file=}");;
                esac; done
                [[ -n "$out" ]] || { echo 'Error: stand-in: plan without -out' >&2; exit 64; }
                pf="$TF_DATA_DIR/planfile.$$"; rm -rf "$pf"; mkdir -p "$pf/tfconfig/m-"
                { echo 'stand-in planfile'; cat "$TF_DATA_DIR/backend"; cat "$TF_DATA_DIR/environment" 2>/dev/null
                  for v in "${vars[@]}"; do cat "$v"; done; } > "$pf/tfplan"
                cp ./*.tf "$pf/tfconfig/m-/" 2>/dev/null
                modules='{"Key":"","Dir":"."}'
                for d in modules/*/; do
                  [[ -d "$d" ]] || continue
                  n="$(basename "$d")"; mkdir -p "$pf/tfconfig/m-$n"; cp "$d"*.tf "$pf/tfconfig/m-$n/" 2>/dev/null
                  modules="$modules,{\\"Key\\":\\"$n\\",\\"Source\\":\\"./modules/$n\\",\\"Dir\\":\\"modules/$n\\"}"
                done
                echo "[$modules]" > "$pf/tfconfig/modules.json"
                [[ -f .terraform.lock.hcl ]] && cp .terraform.lock.hcl "$pf/"
                find "$pf" -exec touch -d '2026-01-01 00:00:00Z' {} +   # same inputs, same planfile bytes
                rm -f "$out"; "$JAR" --create --file "$out" --no-manifest -C "$pf" . || exit 1
                rm -rf "$pf"
                chmod 644 "$out"
                echo 'genesyscloud_routing_queue.sales: Refreshing state... [id=5f1c]'
                echo "provider debug: oauth client $GENESYSCLOUD_OAUTHCLIENT_ID secret $GENESYSCLOUD_OAUTHCLIENT_SECRET" >&2
                """ + TerraformConsole.planDiffBody(DIFF_CANARY, "$out"));
        bodies.put("state", """
                need_init
                if [[ "$2" == push ]]; then
                  [[ "$3" == -force && -f "$4" ]] || { echo "Error: stand-in: state push needs -force and a file: $*" >&2; exit 64; }
                  cp "$4" "$TF_DATA_DIR/state.json"; echo "pushed $4" >> "$REC/pushes"; exit 0
                fi
                [[ "$2" == pull ]] || { echo "Error: stand-in: state $2" >&2; exit 64; }
                if [[ -f "$TF_DATA_DIR/state.json" ]]; then cat "$TF_DATA_DIR/state.json"; else cat "$REC/state.json"; fi
                """);
        bodies.put("apply", """
                need_init
                planfile="${@: -1}"
                [[ "$(head -c 2 "$planfile")" == PK ]] || { echo "Error: Failed to load \\"$planfile\\" as a plan file" >&2; exit 1; }
                [[ -f "$TF_DATA_DIR/state.json" ]] || cp "$REC/state.json" "$TF_DATA_DIR/state.json"
                echo "applying $planfile" >> "$REC/applies"
                echo 'genesyscloud_integration_credential.crm: Modifying... [id=9a]'
                sleep "${STANDIN_APPLY_SECONDS:-0}"
                serial="$(grep -o '"serial": *[0-9]*' "$TF_DATA_DIR/state.json" | grep -o '[0-9]*$')"
                sed -i "s/\\"serial\\": *$serial/\\"serial\\": $((serial + 1))/" "$TF_DATA_DIR/state.json"
                echo "provider debug: oauth client secret $GENESYSCLOUD_OAUTHCLIENT_SECRET" >&2
                echo 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.'
                """);
        bodies.put("show", """
                need_init
                [[ "$2" == -json && -f "$3" ]] || { echo "Error: stand-in: show needs -json and an existing planfile: $*" >&2; exit 64; }
                [[ "$(head -c 2 "$3")" == PK ]] || { echo 'Error: stand-in: not a planfile' >&2; exit 1; }
                cat "$REC/show.json"
                """);
        bodies.put("version", """
                [[ "$2" == -json ]] || { echo 'Terraform v1.9.8'; exit 0; }
                printf '{\\n  "terraform_version": "1.9.8",\\n  "platform": "linux_amd64",\\n  "provider_selections": {},\\n  "terraform_outdated": false\\n}\\n'
                """);
    }

    /** A stand-in under {@code root} (its {@code bin/terraform} and records). */
    public static RecordingTerraform in(Path root) {
        return new RecordingTerraform(root);
    }

    /** Replaces the body run for subcommand {@code $1}; {@code need_init} and {@code $REC} are available. */
    public RecordingTerraform on(String subcommand, String body) {
        bodies.put(subcommand, body);
        return this;
    }

    /** The plan JSON {@code show -json} prints. */
    public RecordingTerraform showing(Path planJson) {
        this.showJson = planJson;
        return this;
    }

    /** What {@code state pull} prints (empty: no state yet). */
    public RecordingTerraform withState(String json) {
        this.stateJson = json;
        return this;
    }

    /** Writes the script and its replay files; returns this. */
    public RecordingTerraform install() {
        StringBuilder script = new StringBuilder("#!/bin/bash\n" + StandInCalls.recordingPrologue(recordDir)
                + "JAR='" + Path.of(System.getProperty("java.home"), "bin", "jar") + "'\n" + """
                fail() { echo "Error: stand-in: $1" >&2; exit 70; }
                [[ -z "${GENESYSCLOUD_ACCESS_TOKEN:-}" ]] || fail 'inherited GENESYSCLOUD_ACCESS_TOKEN reached terraform'
                [[ -z "${TF_WORKSPACE:-}" ]] || fail 'inherited TF_WORKSPACE reached terraform'
                compgen -e | grep -q '^TF_CLI_ARGS' && fail 'inherited TF_CLI_ARGS reached terraform'
                [[ -n "${TF_DATA_DIR:-}" ]] || fail 'TF_DATA_DIR is not set'
                for v in GENESYSCLOUD_OAUTHCLIENT_ID GENESYSCLOUD_OAUTHCLIENT_SECRET GENESYSCLOUD_REGION; do
                  [[ -n "${!v:-}" ]] || fail "$v is not set"
                done
                need_init() {
                  [[ -f "$TF_DATA_DIR/backend" ]] || { echo 'Error: Backend initialization required, please run "terraform init"' >&2; exit 1; }
                }
                case "$1" in
                """);
        bodies.forEach((sub, body) -> script.append(sub).append(")\n").append(body).append("\n;;\n"));
        script.append("*) echo \"Error: stand-in: unexpected subcommand $1\" >&2; exit 64;;\nesac\n");
        StandInCalls.install(binary(), recordDir, script);
        try {
            Files.writeString(recordDir.resolve("state.json"), stateJson);
            if (showJson != null) {
                Files.copy(showJson, recordDir.resolve("show.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(recordDir.resolve("show.json"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The script, for {@code terraform.binary}. */
    public Path binary() {
        return binDir.resolve("terraform");
    }

    public Path recordDir() {
        return recordDir;
    }

    /** The calls recorded so far. */
    public StandInCalls recorded() {
        return new StandInCalls(recordDir);
    }

    public int calls() {
        return recorded().calls();
    }

    public List<String> argv(int n) {
        return recorded().argv(n);
    }

    public List<List<String>> allArgv() {
        return recorded().allArgv();
    }

    public Map<String, String> env(int n) {
        return recorded().env(n);
    }

    public String allArguments() {
        return recorded().allArguments();
    }

    /** Forgets the recorded calls (the data directories stay as they are). */
    public void forgetCalls() {
        recorded().forget();
    }

    /** How many times {@code apply} ran (any environment). */
    public int applies() {
        Path applies = recordDir.resolve("applies");
        try {
            return Files.exists(applies) ? (int) Files.readAllLines(applies).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
