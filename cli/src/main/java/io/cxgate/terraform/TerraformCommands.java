package io.cxgate.terraform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cxgate.InvalidInputException;

/**
 * The exact argument lists (without the binary) cxgate passes to terraform, and the phase names used
 * with them. Nothing secret is ever an argument: credentials travel in the environment only.
 */
public final class TerraformCommands {

    public static final String INIT = "init";
    public static final String WORKSPACE = "workspace";
    public static final String PLAN = "plan";
    public static final String STATE_PULL = "state-pull";
    public static final String SHOW = "show";
    public static final String VERSION = "version";
    public static final String APPLY = "apply";
    public static final String STATE_PUSH = "state-push";

    /** {@code terraform.lockTimeout} when the config does not set it. */
    public static final String DEFAULT_LOCK_TIMEOUT = "5m";

    /** A Go duration as terraform's {@code -lock-timeout} accepts it: {@code 5m}, {@code 90s}, {@code 1h30m}. */
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+");

    private TerraformCommands() {
    }

    /** {@code init -input=false -no-color [-backend-config=FILE]}. */
    public static List<String> init(Optional<Path> backendConfig) {
        List<String> args = new ArrayList<>(List.of("init", "-input=false", "-no-color"));
        backendConfig.ifPresent(file -> args.add("-backend-config=" + pathArg(file)));
        return List.copyOf(args);
    }

    /** {@code workspace select -or-create=true NAME} (terraform 1.4 or later). */
    public static List<String> workspaceSelect(String workspace) {
        Objects.requireNonNull(workspace, "workspace");
        if (workspace.isBlank() || workspace.startsWith("-") || workspace.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("workspace '" + workspace
                    + "' is not a terraform workspace name (environments.<env>.workspace in cxgate.yaml)");
        }
        return List.of("workspace", "select", "-or-create=true", workspace);
    }

    /** {@code plan -input=false -no-color -lock-timeout=T -out=PLANFILE [-var-file=F …]}. */
    public static List<String> plan(Path planFile, List<Path> varFiles, String lockTimeout) {
        return plan(planFile, varFiles, lockTimeout, false);
    }

    /** The drift variant: {@code plan … -out=PLANFILE -refresh-only [-var-file=F …]}. */
    public static List<String> refreshOnlyPlan(Path planFile, List<Path> varFiles, String lockTimeout) {
        return plan(planFile, varFiles, lockTimeout, true);
    }

    private static List<String> plan(Path planFile, List<Path> varFiles, String lockTimeout, boolean refreshOnly) {
        Objects.requireNonNull(planFile, "planFile");
        List<String> args = new ArrayList<>(List.of("plan", "-input=false", "-no-color",
                "-lock-timeout=" + lockTimeout(lockTimeout), "-out=" + pathArg(planFile)));
        if (refreshOnly) {
            args.add("-refresh-only");
        }
        for (Path varFile : varFiles) {
            args.add("-var-file=" + pathArg(varFile));
        }
        return List.copyOf(args);
    }

    /** {@code state pull}: the raw state on stdout (capture it; it is secret-bearing). */
    public static List<String> statePull() {
        return List.of("state", "pull");
    }

    /**
     * {@code state push -force FILE}: replaces the backend's state with {@code FILE}, even when its serial is lower
     * (a break-glass restore; the caller holds the environment lock and checked the lineage).
     */
    public static List<String> statePushForce(Path stateFile) {
        return List.of("state", "push", "-force", pathArg(Objects.requireNonNull(stateFile, "stateFile")));
    }

    /** {@code show -json PLANFILE}: the plan JSON on stdout (capture it; it is secret-bearing). */
    public static List<String> showJson(Path planFile) {
        return List.of("show", "-json", pathArg(Objects.requireNonNull(planFile, "planFile")));
    }

    /** {@code version -json}. */
    public static List<String> versionJson() {
        return List.of("version", "-json");
    }

    /** {@code apply -input=false -no-color -lock-timeout=T PLANFILE}: a saved plan never prompts. */
    public static List<String> apply(Path planFile, String lockTimeout) {
        Objects.requireNonNull(planFile, "planFile");
        return List.of("apply", "-input=false", "-no-color", "-lock-timeout=" + lockTimeout(lockTimeout),
                pathArg(planFile));
    }

    private static String lockTimeout(String lockTimeout) {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (!GO_DURATION.matcher(lockTimeout).matches()) {
            throw new InvalidInputException("terraform.lockTimeout '" + lockTimeout
                    + "' is not a duration like 5m, 90s or 1h30m (cxgate.yaml)");
        }
        return lockTimeout;
    }

    /** A path as an argument; a relative one starting with '-' would read as a flag, so it gets "./". */
    private static String pathArg(Path path) {
        String text = path.toString();
        return text.startsWith("-") ? "." + path.getFileSystem().getSeparator() + text : text;
    }
}
