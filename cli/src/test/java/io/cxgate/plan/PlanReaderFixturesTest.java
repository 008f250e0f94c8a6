package io.cxgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.InvalidInputException;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.redact.Redactor;
import io.cxgate.testing.Fixtures;

/**
 * Reads every real {@code terraform show -json} output in {@code ../shared/fixtures/terraform-real}
 * and compares the counts by action with an independent count of the same file made with a plain
 * Jackson tree; state files must be refused as states.
 */
class PlanReaderFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PlanReader reader = new PlanReader(ResourceCatalog.bundled(), Redactor.none());

    static Stream<Path> fixtureFiles() throws IOException {
        if (!Fixtures.sharedPresent()) {
            return Stream.of(Path.of("shared-fixtures-absent"));
        }
        Path root = Fixtures.shared("terraform-real");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void countsByActionMatchAnIndependentCount(Path file) throws IOException {
        Fixtures.shared("terraform-real");
        JsonNode doc = MAPPER.readTree(file.toFile());
        if (!isPlan(doc)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
            assertTrue(e.getMessage().contains("state") || e.getMessage().contains("not a Terraform plan"),
                    e.getMessage());
            return;
        }
        Plan plan = reader.read(file);
        assertEquals(independentCounts(doc), plan.summary().asMap(), file.toString());
        long reported = 0;
        for (JsonNode rc : doc.path("resource_changes")) {
            boolean noop = rc.path("change").path("actions").toString().equals("[\"no-op\"]");
            if (!noop || rc.path("change").hasNonNull("importing")) {
                reported++;
            }
        }
        assertEquals(reported, plan.changes().size(), "changes listed");
        assertEquals(doc.path("errored").asBoolean(false), plan.errored());
    }

    @Test
    void stateFilesInTheFixturesAreRecognisedAsStates() throws IOException {
        Path root = Fixtures.shared("terraform-real");
        List<Path> states;
        try (Stream<Path> files = Files.walk(root)) {
            states = files.filter(p -> p.getFileName().toString().contains("state") && p.toString().endsWith(".json"))
                    .toList();
        }
        assertTrue(states.size() >= 50, "expected the fixture state files, found " + states.size());
        for (Path state : states) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(state),
                    state.toString());
            assertTrue(e.getMessage().contains("Terraform state, not a plan"), e.getMessage());
        }
    }

    @Test
    void erroredFixturePlanIsFlaggedAndNeverSound() {
        Plan plan = reader.read(Fixtures.shared("terraform-real/hashicorp-terraform-mpl/show-json/plan-error.json"));
        assertTrue(plan.errored());
        assertTrue(plan.integrityProblems().stream().anyMatch(p -> p.contains("errored")));
    }

    private static boolean isPlan(JsonNode doc) {
        return doc.has("planned_values") || doc.has("resource_changes");
    }

    /** Counts by joining the raw action list, not through {@link Action}. */
    private static Map<String, Long> independentCounts(JsonNode doc) {
        Map<String, Long> counts = new TreeMap<>();
        for (String key : List.of("create", "update", "delete", "replace", "read", "noop", "forget", "drift")) {
            counts.put(key, 0L);
        }
        for (JsonNode rc : doc.path("resource_changes")) {
            String joined = rc.path("change").path("actions").toString();
            String key;
            switch (joined) {
                case "[\"create\"]": key = "create"; break;
                case "[\"update\"]": key = "update"; break;
                case "[\"delete\"]": key = "delete"; break;
                case "[\"read\"]": key = "read"; break;
                case "[\"no-op\"]": key = "noop"; break;
                case "[\"forget\"]": key = "forget"; break;
                case "[\"delete\",\"create\"]":
                case "[\"create\",\"delete\"]": key = "replace"; break;
                default: key = "unknown";
            }
            counts.merge(key, 1L, Long::sum);
        }
        counts.put("drift", (long) doc.path("resource_drift").size());
        return new TreeMap<>(counts);
    }
}
