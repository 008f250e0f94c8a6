package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.InvalidInputException;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void fullConfigLoadsEveryField() {
        Path base = Fixtures.dir("full");
        CxgateConfig config = ConfigLoader.load(base.resolve("cxgate.yaml"));

        assertEquals(base.resolve("cxgate.yaml"), config.file());
        assertEquals(base, config.baseDir());
        assertEquals(new TerraformSettings("tofu", base.resolve("infra"), 45, "2m"), config.terraform());
        assertEquals(Optional.of(base.resolve("policies")), config.policies());
        assertEquals("jdbc:sqlite:" + base.resolve(".cxgate/records.db"), config.records().url());
        assertTrue(config.records().isSqlite());
        assertEquals(List.of("(?i)bearer\\s+\\S+", "sk_[a-z0-9]{8}"), config.maskPatterns());
        assertEquals(ZoneId.of("Europe/London"), config.timeZone());
        assertEquals(List.of("dev", "uat", "prod"), List.copyOf(config.environments().keySet()));
        assertEquals(Map.of("cc-operations", List.of("alice", "bob"), "cx-leads", List.of("carol", "erin")), config.approvers());
        assertEquals(List.of("cc-operations", "cx-leads"), List.copyOf(config.approvers().keySet()));

        assertEquals(new EnvironmentConfig("dev", Optional.of("us-east-1"), List.of(base.resolve("envs/dev.tfvars")),
                Optional.of(base.resolve("envs/dev.backend.hcl")), Optional.of("dev"),
                Optional.of(new Credentials("GC_DEV_CLIENT_ID", "GC_DEV_CLIENT_SECRET")), Optional.empty(), false,
                SimulationMode.NONE, Optional.empty(), List.of(), Map.of()), config.environment("dev"));
        assertEquals(new EnvironmentConfig("uat", Optional.of("us-east-1"),
                List.of(base.resolve("envs/common.tfvars"), base.resolve("envs/uat.tfvars")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("dev"), false, SimulationMode.LIVE,
                Optional.of("https://gateway.example.test/genesys"), List.of(), Map.of()), config.environment("uat"));
        assertEquals(new EnvironmentConfig("prod", Optional.of("eu-west-2"), List.of(base.resolve("envs/prod.tfvars")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("uat"), true, SimulationMode.LIVE,
                Optional.empty(),
                List.of(new DeploymentWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(20, 0),
                                LocalTime.of(23, 0), "Mon-Thu 20:00-23:00"),
                        new DeploymentWindow(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                                LocalTime.of(22, 0), LocalTime.of(2, 0), "Fri-Mon 22:00-02:00")),
                Map.of("Sales (UAT)", "Sales", "Support", "Customer Support")), config.environment("prod"));
        assertEquals(List.of("Sales (UAT)", "Support"), List.copyOf(config.environment("prod").mappings().keySet()));
    }

    @Test
    void minimalConfigGetsTheDocumentedDefaults() {
        Path base = Fixtures.dir("minimal");
        CxgateConfig config = ConfigLoader.load(base.resolve("cxgate.yaml"));

        assertEquals(new TerraformSettings("terraform", base, 30, "5m"), config.terraform());
        assertEquals(TerraformSettings.defaults(base), config.terraform());
        assertEquals(Optional.empty(), config.policies());
        assertEquals(new RecordsSettings("jdbc:sqlite:" + base.resolve(".cxgate").resolve("records.db")), config.records());
        assertEquals(RecordsSettings.defaultFor(base), config.records());
        assertEquals(List.of(), config.maskPatterns());
        assertEquals(ZoneOffset.UTC, config.timeZone());
        assertEquals(Map.of(), config.approvers());
        EnvironmentConfig dev = config.environment("dev");
        assertEquals(new EnvironmentConfig("dev", Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, SimulationMode.NONE, Optional.empty(), List.of(), Map.of()), dev);
    }

    @Test
    void relativePathsResolveAgainstTheConfigFilesDirectoryAndAreNormalized() {
        Path envs = Fixtures.dir("nested/envs");
        Path root = Fixtures.dir("nested");
        CxgateConfig config = ConfigLoader.load(envs.resolve("cxgate.yaml"));

        assertEquals(envs, config.baseDir());
        assertEquals(root, config.terraform().dir());
        assertEquals(root.resolve("bin/terraform").toString(), config.terraform().binary());
        assertEquals(Optional.of(root.resolve("policies")), config.policies());
        assertEquals("jdbc:sqlite:" + root.resolve("state/records.db") + "?journal_mode=WAL", config.records().url());
        EnvironmentConfig dev = config.environment("dev");
        assertEquals(List.of(envs.resolve("dev.tfvars"), root.resolve("shared/common.tfvars")), dev.varFiles());
        assertEquals(Optional.of(envs.resolve("dev.backend.hcl")), dev.backendConfig());
    }

    @Test
    void aRelativeConfigPathIsMadeAbsoluteButKeptForMessages() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path relative = cwd.relativize(Fixtures.dir("minimal").resolve("cxgate.yaml"));
        CxgateConfig config = ConfigLoader.load(relative);

        assertTrue(config.file().isAbsolute());
        assertEquals(Fixtures.dir("minimal"), config.baseDir());
        assertEquals(relative.toString(), config.displayPath());
    }

    @Test
    void absoluteAndPostgresqlValuesAreKeptAsWritten() throws IOException {
        Path config = write("cxgate.yaml", """
                terraform: {binary: /usr/local/bin/terraform, dir: /srv/infra/../cx}
                records: {url: "jdbc:postgresql://db.internal:5432/cxgate?sslmode=require"}
                environments:
                  dev: {varFiles: [/etc/cx/dev.tfvars]}
                """);
        CxgateConfig loaded = ConfigLoader.load(config);

        assertEquals("/usr/local/bin/terraform", loaded.terraform().binary());
        assertEquals(Path.of("/srv/cx"), loaded.terraform().dir());
        assertEquals("jdbc:postgresql://db.internal:5432/cxgate?sslmode=require", loaded.records().url());
        assertFalse(loaded.records().isSqlite());
        assertEquals(List.of(Path.of("/etc/cx/dev.tfvars")), loaded.environment("dev").varFiles());
    }

    @Test
    void theStoresLoginAndKeysAreNamesOfVariables() throws IOException {
        Path config = write("cxgate.yaml", """
                records: {url: "jdbc:postgresql://db.internal/cxgate", userEnv: CXGATE_DB_USER, passwordEnv: CXGATE_DB_PASSWORD,
                          signingKeyEnv: CXGATE_SIGNING_KEY, encryptionKeyEnv: CXGATE_RECORDS_KEY}
                environments: {dev: {}}
                """);
        assertEquals(new RecordsSettings("jdbc:postgresql://db.internal/cxgate", Optional.of("CXGATE_DB_USER"),
                Optional.of("CXGATE_DB_PASSWORD"), Optional.of("CXGATE_SIGNING_KEY"), Optional.of("CXGATE_RECORDS_KEY")),
                ConfigLoader.load(config).records());
    }

    @Test
    void aKeyWrittenIntoTheConfigInsteadOfAVariableNameIsRefused() throws IOException {
        Path config = write("cxgate.yaml", """
                records: {signingKeyEnv: "s3cr3t key!"}
                environments: {dev: {}}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(config));
        assertTrue(e.getMessage().contains("records.signingKeyEnv: must be the name of an environment variable"), e.getMessage());
    }

    @Test
    void withoutAConfigTheDefaultStoreIsBesideTheWorkingDirectory() {
        Path work = Path.of("/srv/checkout");
        assertEquals("jdbc:sqlite:/srv/checkout/.cxgate/records.db", RecordsSettings.of(Optional.empty(), work).url());
    }

    @Test
    void sqliteSpecialUrlsAreNotTreatedAsPaths() throws IOException {
        Path config = write("cxgate.yaml", """
                records: {url: "jdbc:sqlite::memory:"}
                environments: {dev: {}}
                """);
        assertEquals("jdbc:sqlite::memory:", ConfigLoader.load(config).records().url());
    }

    @Test
    void anchorsAndAliasesShareValuesBetweenEnvironments() {
        CxgateConfig config = ConfigLoader.load(Fixtures.dir("anchors").resolve("cxgate.yaml"));

        assertEquals(config.environment("uat").deploymentWindows(), config.environment("prod").deploymentWindows());
        assertEquals(Map.of("Sales (UAT)", "Sales"), config.environment("prod").mappings());
        assertTrue(config.environment("prod").isProtected());
    }

    @Test
    void yesNoOnOffStayStringsAsInYaml12() throws IOException {
        Path config = write("cxgate.yaml", "environments:\n  no: {region: no, workspace: on}\n");
        EnvironmentConfig env = ConfigLoader.load(config).environment("no");

        assertEquals(Optional.of("no"), env.region());
        assertEquals(Optional.of("on"), env.workspace());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path config = tmp.resolve("cxgate.yaml");
        Files.write(config, ("\uFEFFenvironments:\n  \"no\": {region: \"no\", workspace: 'on'}\n").getBytes(StandardCharsets.UTF_8));
        EnvironmentConfig env = ConfigLoader.load(config).environment("no");

        assertEquals(Optional.of("no"), env.region());
        assertEquals(Optional.of("on"), env.workspace());
    }

    @Test
    void withoutConfigOptionTheWorkingDirectorysCxgateYamlIsUsed() {
        Optional<CxgateConfig> config = ConfigLoader.load(Optional.empty(), Fixtures.dir("full"));

        assertTrue(config.isPresent());
        assertEquals(Fixtures.dir("full").resolve("cxgate.yaml"), config.get().file());
        assertEquals("cxgate.yaml", config.get().displayPath());
    }

    @Test
    void withoutConfigOptionAndWithoutCxgateYamlThereIsNoConfig() {
        assertEquals(Optional.empty(), ConfigLoader.load(Optional.empty(), tmp));
    }

    @Test
    void theConfigOptionIsResolvedAgainstTheWorkingDirectory() {
        Optional<CxgateConfig> config = ConfigLoader.load(Optional.of(Path.of("nested/envs/cxgate.yaml")), Fixtures.dir());

        assertEquals(Fixtures.dir("nested/envs"), config.orElseThrow().baseDir());
        assertEquals(Path.of("nested/envs/cxgate.yaml").toString(), config.orElseThrow().displayPath());
    }

    @Test
    void theConfigOptionWinsOverCxgateYamlInTheWorkingDirectory() {
        Optional<CxgateConfig> config = ConfigLoader.load(Optional.of(Path.of("../minimal/cxgate.yaml")), Fixtures.dir("full"));

        assertEquals(List.of("dev"), List.copyOf(config.orElseThrow().environments().keySet()));
    }

    @Test
    void aConfigOptionNamingNoFileIsAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConfigLoader.load(Optional.of(Path.of("missing.yaml")), tmp));
        assertEquals("missing.yaml: file not found", e.getMessage());
    }

    @Test
    void aLoneCxgateYmlIsAnErrorRatherThanSilentlyIgnored() throws IOException {
        write("cxgate.yml", "environments: {prod: {protected: true}}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConfigLoader.load(Optional.empty(), tmp));
        assertEquals("cxgate.yml: cxgate reads cxgate.yaml; rename the file or pass --config cxgate.yml", e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
