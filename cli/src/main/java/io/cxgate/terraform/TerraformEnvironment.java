package io.cxgate.terraform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.cxgate.InvalidInputException;
import io.cxgate.config.GenesysCredentials;

/**
 * Builds the complete environment terraform runs with (ARCHITECTURE.md, "Configuration"): the inherited
 * environment without anything that could redirect or widen what terraform does, plus cxgate's own
 * settings and the provider credentials.
 */
public final class TerraformEnvironment {

    public static final String TF_DATA_DIR = "TF_DATA_DIR";
    public static final String TF_IN_AUTOMATION = "TF_IN_AUTOMATION";
    public static final String TF_INPUT = "TF_INPUT";

    /** Environment names become a directory name under {@code .cxgate/terraform/}. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private TerraformEnvironment() {
    }

    /**
     * The environment for terraform: {@code inherited} without {@code GENESYSCLOUD_*} (including
     * {@code GENESYSCLOUD_ACCESS_TOKEN}), {@code TF_WORKSPACE}, {@code TF_CLI_ARGS}, {@code TF_CLI_ARGS_*} and
     * {@code TF_DATA_DIR} (and {@code TF_LOG*} unless {@code TF_LOG_PATH} sends terraform's debug log to a file:
     * provider debug output holds API bodies and tokens, and would otherwise stream to stderr); then {@code TF_DATA_DIR=<workingDir>/.cxgate/terraform/<environment>} (absolute),
     * {@code TF_IN_AUTOMATION=1}, {@code TF_INPUT=0} and the three provider variables from {@code credentials}.
     *
     * @throws InvalidInputException when the environment name cannot be a directory name
     */
    public static Map<String, String> scrubbed(Map<String, String> inherited, Path workingDir, String environment,
            GenesysCredentials credentials) {
        Objects.requireNonNull(inherited, "inherited");
        Objects.requireNonNull(credentials, "credentials");
        Path dataDir = dataDir(workingDir, environment);
        Map<String, String> env = new TreeMap<>();
        String logPath = inherited.get("TF_LOG_PATH");
        boolean logToFile = logPath != null && !logPath.isBlank();
        inherited.forEach((name, value) -> {
            if (name != null && value != null && !isDropped(name, logToFile)) {
                env.put(name, value);
            }
        });
        env.put(TF_DATA_DIR, dataDir.toString());
        env.put(TF_IN_AUTOMATION, "1");
        env.put(TF_INPUT, "0");
        env.putAll(credentials.asProviderEnvironment());
        return Map.copyOf(env);
    }

    /** {@code <workingDir>/.cxgate/terraform/<environment>}, absolute: each environment's own TF_DATA_DIR. */
    public static Path dataDir(Path workingDir, String environment) {
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(environment, "environment");
        if (!SAFE_NAME.matcher(environment).matches() || environment.contains("..")) {
            throw new InvalidInputException("environment name '" + environment
                    + "' cannot name a terraform data directory (.cxgate/terraform/<env>): use letters, digits, '.', '_' and '-'");
        }
        return workingDir.toAbsolutePath().normalize().resolve(".cxgate").resolve("terraform").resolve(environment);
    }

    /** Whether an inherited variable is removed before terraform sees it. */
    static boolean isDropped(String name, boolean logToFile) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("GENESYSCLOUD_")
                || (!logToFile && upper.startsWith("TF_LOG"))
                || upper.equals("TF_WORKSPACE")
                || upper.equals("TF_CLI_ARGS")
                || upper.startsWith("TF_CLI_ARGS_")
                || upper.equals(TF_DATA_DIR);
    }
}
