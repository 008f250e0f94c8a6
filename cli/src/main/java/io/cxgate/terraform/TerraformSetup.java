package io.cxgate.terraform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.GenesysCredentials;
import io.cxgate.config.TerraformSettings;
import io.cxgate.redact.Redactor;

/**
 * How terraform runs for one environment, the same for {@code plan} and {@code apply}: the provider credentials
 * (one rule, ARCHITECTURE.md "Configuration"), the scrubbed environment that carries them, the environment's own
 * data directory, and the redactor that masks them.
 */
public record TerraformSetup(GenesysCredentials credentials, Map<String, String> environment, Path dataDir,
                             Redactor redactor) {
    public TerraformSetup {
        Objects.requireNonNull(credentials, "credentials");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(redactor, "redactor");
    }

    /**
     * @param context   the environment: its credentials (required here) and redactor (which masks them already)
     * @param inherited the process environment
     * @throws io.cxgate.InvalidInputException naming each credential variable that is unset
     */
    public static TerraformSetup of(EnvironmentContext context, TerraformSettings terraform,
            Map<String, String> inherited) {
        GenesysCredentials credentials = context.requireCredentials();
        Map<String, String> scrubbed = TerraformEnvironment.scrubbed(
                withoutCredentialVariables(context.config(), inherited), terraform.dir(), context.name(), credentials);
        return new TerraformSetup(credentials, scrubbed, TerraformEnvironment.dataDir(terraform.dir(), context.name()),
                context.redactor());
    }

    /**
     * The inherited environment without the variables any environment of the config names as its credentials:
     * terraform gets this environment's credentials as {@code GENESYSCLOUD_*} only, and running dev never hands
     * terraform (and whatever the configuration runs) the prod secrets a CI job may also hold.
     */
    private static Map<String, String> withoutCredentialVariables(Optional<CxgateConfig> config,
            Map<String, String> inherited) {
        Map<String, String> copy = new HashMap<>(inherited);
        config.ifPresent(c -> c.environments().values().forEach(e -> e.credentials().ifPresent(named -> {
            copy.remove(named.clientIdEnv());
            copy.remove(named.clientSecretEnv());
        })));
        return copy;
    }

    /** The phases of one command with this setup. */
    public TerraformSteps steps(TerraformRunner runner, TerraformSettings terraform, Optional<Path> log) {
        return new TerraformSteps(runner, terraform, environment, redactor, log);
    }

    @Override
    public String toString() {
        return "TerraformSetup[dataDir=" + dataDir + ", environment and credentials not shown]";
    }
}
