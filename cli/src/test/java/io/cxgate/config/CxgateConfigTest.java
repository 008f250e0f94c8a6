package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;

class CxgateConfigTest {
    private static final Path CWD = Path.of("").toAbsolutePath();

    private static CxgateConfig config(Path file, Map<String, EnvironmentConfig> environments, Map<String, List<String>> approvers) {
        return new CxgateConfig(file, TerraformSettings.defaults(file.getParent()), Optional.empty(),
                RecordsSettings.defaultFor(file.getParent()), List.of(), ZoneOffset.UTC, environments, approvers);
    }

    private static Map<String, EnvironmentConfig> envs(String... names) {
        Map<String, EnvironmentConfig> envs = new LinkedHashMap<>();
        for (String name : names) {
            envs.put(name, EnvironmentConfig.adHoc(name));
        }
        return envs;
    }

    @Test
    void anUnknownEnvironmentNamesTheFileAndTheKnownOnesInFileOrder() {
        CxgateConfig config = ConfigLoader.load(Optional.empty(), Fixtures.dir("full")).orElseThrow();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> config.environment("qa"));
        assertEquals("cxgate.yaml: unknown environment 'qa' (known: dev, uat, prod)", e.getMessage());
    }

    @Test
    void aKnownEnvironmentIsReturned() {
        CxgateConfig config = config(CWD.resolve("cxgate.yaml"), envs("dev", "prod"), Map.of());
        assertSame(config.environments().get("prod"), config.environment("prod"));
    }

    @Test
    void baseDirIsTheDirectoryOfTheConfigFile() {
        assertEquals(CWD.resolve("envs"), config(CWD.resolve("envs/cxgate.yaml"), envs("dev"), Map.of()).baseDir());
    }

    @Test
    void withoutADisplayPathTheFileIsShownRelativeToTheWorkingDirectory() {
        CxgateConfig inside = config(CWD.resolve("envs/cxgate.yaml"), envs("dev"), Map.of());
        assertEquals(Path.of("envs", "cxgate.yaml").toString(), inside.displayPath());

        Path outside = CWD.getRoot().resolve("elsewhere-" + System.nanoTime()).resolve("cxgate.yaml");
        assertEquals(outside.toString(), config(outside, envs("dev"), Map.of()).displayPath());
    }

    @Test
    void collectionsAreCopiedAndKeepTheirOrder() {
        Map<String, EnvironmentConfig> envs = envs("prod", "dev", "uat");
        List<String> ops = new ArrayList<>(List.of("alice"));
        Map<String, List<String>> approvers = new LinkedHashMap<>(Map.of("ops", ops));
        CxgateConfig config = config(CWD.resolve("cxgate.yaml"), envs, approvers);
        envs.clear();
        ops.add("mallory");

        assertEquals(List.of("prod", "dev", "uat"), List.copyOf(config.environments().keySet()));
        assertEquals(List.of("alice"), config.approvers().get("ops"));
        assertThrows(UnsupportedOperationException.class, () -> config.environments().clear());
        assertThrows(UnsupportedOperationException.class, () -> config.approvers().get("ops").add("eve"));
    }

    @Test
    void anEnvironmentFiledUnderAnotherNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config(CWD.resolve("cxgate.yaml"), Map.of("prod", EnvironmentConfig.adHoc("dev")), Map.of()));
        assertEquals("environment 'dev' is filed under 'prod'", e.getMessage());
    }
}
