package io.cxgate.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FindingTest {

    @Test
    void severitiesAndSourcesAreWrittenInLowerCase() {
        assertEquals("error", Finding.Severity.ERROR.id());
        assertEquals("warning", Finding.Severity.WARNING.id());
        assertEquals("info", Finding.Severity.INFO.id());
        assertEquals(Finding.Severity.WARNING, Finding.Severity.of("warning"));
        assertEquals("snapshot", Simulation.Source.SNAPSHOT.id());
        assertEquals(Simulation.Source.LIVE, Simulation.Source.of("live"));
        assertThrows(IllegalArgumentException.class, () -> Finding.Severity.of("ERROR"));
        assertThrows(IllegalArgumentException.class, () -> Finding.Code.of("DELETED_IN_USE"));
    }

    @Test
    void thePolicyTestSchemaAcceptsExactlyTheFindingCodes() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/io/cxgate/policy/policy-test.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            List<String> codes = new ArrayList<>();
            schema.path("$defs").path("finding").path("properties").path("code").path("enum")
                    .forEach(c -> codes.add(c.asText()));
            if (codes.isEmpty()) {
                schema.path("definitions").path("finding").path("properties").path("code").path("enum")
                        .forEach(c -> codes.add(c.asText()));
            }
            assertEquals(Arrays.stream(Finding.Code.values()).map(Enum::name).toList(), codes);
        }
    }
}
