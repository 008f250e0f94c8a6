package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.config.GenesysCredentials;
import io.cxgate.InvalidInputException;

class TerraformEnvironmentTest {
    private static final GenesysCredentials CREDENTIALS = new GenesysCredentials("id-1234", "secret-5678", "eu-west-1");
    private static final Path WORKDIR = Path.of("/repo/infra");

    @ParameterizedTest
    @ValueSource(strings = {"GENESYSCLOUD_ACCESS_TOKEN", "GENESYSCLOUD_SDK_DEBUG", "GENESYSCLOUD_API_REGION",
            "TF_WORKSPACE", "TF_CLI_ARGS", "TF_CLI_ARGS_plan", "TF_CLI_ARGS_apply", "tf_cli_args_init"})
    void inheritedVariablesThatRedirectTerraformAreDropped(String name) {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of(name, "x", "PATH", "/usr/bin"), WORKDIR, "prod",
                CREDENTIALS);

        assertFalse(env.containsKey(name));
        assertEquals("/usr/bin", env.get("PATH"));
    }

    @Test
    void inheritedProviderCredentialsAreReplacedByTheResolvedOnes() {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of(
                "GENESYSCLOUD_OAUTHCLIENT_ID", "inherited-id",
                "GENESYSCLOUD_OAUTHCLIENT_SECRET", "inherited-secret",
                "GENESYSCLOUD_REGION", "us-east-1"), WORKDIR, "prod", CREDENTIALS);

        assertEquals("id-1234", env.get("GENESYSCLOUD_OAUTHCLIENT_ID"));
        assertEquals("secret-5678", env.get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertEquals("eu-west-1", env.get("GENESYSCLOUD_REGION"));
    }

    @Test
    void eachEnvironmentGetsItsOwnAbsoluteDataDirectory() {
        Map<String, String> inherited = Map.of("TF_DATA_DIR", "/shared/.terraform");

        Map<String, String> dev = TerraformEnvironment.scrubbed(inherited, WORKDIR, "dev", CREDENTIALS);
        Map<String, String> prod = TerraformEnvironment.scrubbed(inherited, Path.of("relative/infra"), "prod", CREDENTIALS);

        assertEquals("/repo/infra/.cxgate/terraform/dev", dev.get("TF_DATA_DIR"));
        assertEquals(Path.of("relative/infra").toAbsolutePath().resolve(".cxgate/terraform/prod").toString(),
                prod.get("TF_DATA_DIR"));
        assertTrue(Path.of(prod.get("TF_DATA_DIR")).isAbsolute());
    }

    @Test
    void terraformRunsInAutomationModeWithoutInput() {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of("TF_INPUT", "1"), WORKDIR, "prod", CREDENTIALS);

        assertEquals("1", env.get("TF_IN_AUTOMATION"));
        assertEquals("0", env.get("TF_INPUT"));
    }

    @Test
    void otherInheritedVariablesStay() {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of("HOME", "/home/ci", "TF_VAR_team", "cx",
                "TF_PLUGIN_CACHE_DIR", "/cache"), WORKDIR, "prod", CREDENTIALS);

        assertEquals("/home/ci", env.get("HOME"));
        assertEquals("cx", env.get("TF_VAR_team"));
        assertEquals("/cache", env.get("TF_PLUGIN_CACHE_DIR"));
    }

    @Test
    void debugLoggingToStderrIsDroppedBecauseProviderLogsHoldTokens() {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of("TF_LOG", "DEBUG", "TF_LOG_PROVIDER", "TRACE"),
                WORKDIR, "prod", CREDENTIALS);

        assertFalse(env.containsKey("TF_LOG"));
        assertFalse(env.containsKey("TF_LOG_PROVIDER"));
    }

    @Test
    void debugLoggingToAFileTheUserChoseStays() {
        Map<String, String> env = TerraformEnvironment.scrubbed(Map.of("TF_LOG", "DEBUG", "TF_LOG_PATH", "/tmp/tf.log"),
                WORKDIR, "prod", CREDENTIALS);

        assertEquals("DEBUG", env.get("TF_LOG"));
        assertEquals("/tmp/tf.log", env.get("TF_LOG_PATH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../prod", "a/b", ".hidden", "pr od"})
    void anEnvironmentNameThatCannotBeADirectoryIsInvalidInput(String environment) {
        assertThrows(InvalidInputException.class, () -> TerraformEnvironment.dataDir(WORKDIR, environment));
    }
}
