package io.cxgate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.cxgate.InvalidInputException;

/**
 * One target environment from {@code cxgate.yaml}. Paths are absolute and normalized.
 *
 * @param name              the environment's key in {@code environments}
 * @param region            the Genesys Cloud region, e.g. {@code us-east-1}
 * @param varFiles          terraform {@code -var-file}s, in order
 * @param backendConfig     terraform {@code -backend-config} file
 * @param workspace         terraform workspace to select
 * @param credentials       names of the environment variables holding the OAuth client; empty: the inherited
 *                          {@code GENESYSCLOUD_OAUTHCLIENT_ID} / {@code _SECRET}
 * @param promotedFrom      the environment the same artifact must have been applied to first
 * @param isProtected       YAML {@code protected}
 * @param simulation        the default simulation source
 * @param apiBaseUrl        overrides the region's API domain (gateways, tests)
 * @param deploymentWindows read in the config's time zone; empty: none declared
 * @param mappings          names that differ between orgs (this org's name → the other's), in file order
 */
public record EnvironmentConfig(String name, Optional<String> region, List<Path> varFiles, Optional<Path> backendConfig,
        Optional<String> workspace, Optional<Credentials> credentials, Optional<String> promotedFrom, boolean isProtected,
        SimulationMode simulation, Optional<String> apiBaseUrl, List<DeploymentWindow> deploymentWindows,
        Map<String, String> mappings) {

    /** Environment names: safe as one path segment (bundle and TF_DATA_DIR names use them). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public EnvironmentConfig {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("environment name must not be blank");
        }
        Objects.requireNonNull(region, "region");
        varFiles = Immutables.list(varFiles, "varFiles");
        Objects.requireNonNull(backendConfig, "backendConfig");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(promotedFrom, "promotedFrom");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        deploymentWindows = Immutables.list(deploymentWindows, "deploymentWindows");
        mappings = Immutables.orderedMap(mappings, "mappings");
    }

    /**
     * The environment used when there is no config file: {@code --env} is free text, the environment is not
     * protected, has no windows, no promotion rule and default everything.
     *
     * @throws InvalidInputException when the name could not be used as a directory name (it becomes part of
     *                               bundle and terraform data directories)
     */
    public static EnvironmentConfig adHoc(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("--env: '" + name + "' is not a valid environment name (start with a letter"
                    + " or digit; use only letters, digits, '_', '.' and '-')");
        }
        return new EnvironmentConfig(name, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, SimulationMode.NONE, Optional.empty(), List.of(), Map.of());
    }
}
