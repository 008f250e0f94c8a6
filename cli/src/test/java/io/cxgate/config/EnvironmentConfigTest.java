package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cxgate.InvalidInputException;

class EnvironmentConfigTest {
    @Test
    void anAdHocEnvironmentIsUnprotectedWithoutWindowsOrSettings() {
        EnvironmentConfig env = EnvironmentConfig.adHoc("prod");

        assertEquals("prod", env.name());
        assertFalse(env.isProtected());
        assertTrue(env.deploymentWindows().isEmpty());
        assertEquals(SimulationMode.NONE, env.simulation());
        assertEquals(Optional.empty(), env.region());
        assertEquals(Optional.empty(), env.credentials());
        assertEquals(Optional.empty(), env.promotedFrom());
        assertEquals(Optional.empty(), env.apiBaseUrl());
        assertEquals(List.of(), env.varFiles());
        assertEquals(Map.of(), env.mappings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../prod", "prod west", "", ".hidden", "a/b"})
    void anAdHocNameThatCannotBeADirectoryNameIsInvalidInput(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EnvironmentConfig.adHoc(name));
        assertEquals("--env: '" + name + "' is not a valid environment name (start with a letter or digit; use only"
                + " letters, digits, '_', '.' and '-')", e.getMessage());
    }

    @Test
    void listsAndMapsAreCopied() {
        List<Path> varFiles = new ArrayList<>(List.of(Path.of("/a.tfvars")));
        Map<String, String> mappings = new LinkedHashMap<>(Map.of("A", "B"));
        EnvironmentConfig env = new EnvironmentConfig("dev", Optional.empty(), varFiles, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, SimulationMode.NONE, Optional.empty(), List.of(), mappings);
        varFiles.clear();
        mappings.clear();

        assertEquals(List.of(Path.of("/a.tfvars")), env.varFiles());
        assertEquals(Map.of("A", "B"), env.mappings());
        assertThrows(UnsupportedOperationException.class, () -> env.mappings().put("C", "D"));
    }

    @Test
    void simulationModesReadTheirYamlValues() {
        assertEquals(SimulationMode.NONE, SimulationMode.fromYaml("none"));
        assertEquals(SimulationMode.LIVE, SimulationMode.fromYaml("live"));
        assertEquals("live", SimulationMode.LIVE.yamlValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulationMode.fromYaml("LIVE"));
        assertEquals("simulation must be one of none, live, not 'LIVE'", e.getMessage());
    }

    @Test
    void settingsRecordsRejectImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new TerraformSettings("terraform", Path.of("/x"), 0, "5m"));
        assertThrows(IllegalArgumentException.class, () -> new TerraformSettings(" ", Path.of("/x"), 30, "5m"));
        assertThrows(IllegalArgumentException.class, () -> new RecordsSettings("jdbc:mysql://db/x"));
        assertThrows(IllegalArgumentException.class, () -> new Credentials("GC_ID", ""));
    }
}
