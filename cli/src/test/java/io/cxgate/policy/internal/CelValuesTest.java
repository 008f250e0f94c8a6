package io.cxgate.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Timestamp;

class CelValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object of(String json) throws Exception {
        return CelValues.of(JSON.readTree(json));
    }

    @Test
    void nullIsCelNull() throws Exception {
        assertSame(CelValues.NULL, CelValues.nullable(null));
        assertEquals("x", CelValues.nullable("x"));
        assertSame(CelValues.NULL, CelValues.of(null));
        assertSame(CelValues.NULL, of("null"));
        assertSame(CelValues.NULL, CelValues.of(JSON.missingNode()));
    }

    @Test
    void jsonBecomesCelValues() throws Exception {
        assertEquals("Sales", of("\"Sales\""));
        assertEquals(Boolean.TRUE, of("true"));
        assertEquals(45000L, of("45000"));
        assertEquals(0.8, of("0.8"));
        assertEquals(1.0e20, of("100000000000000000000"));
        assertEquals(List.of(1L, "a", CelValues.NULL), of("[1, \"a\", null]"));
        assertEquals(List.of(), of("[]"));
        Map<String, Object> expected = Map.of("name", "Sales", "members", List.of(Map.of("ring", 1L)), "gone", CelValues.NULL);
        assertEquals(expected, of("{\"name\": \"Sales\", \"members\": [{\"ring\": 1}], \"gone\": null}"));
    }

    @Test
    void aListOfStringsReadsAsProse() {
        assertEquals("a; b", CelValues.text(List.of("a", "b")));
        assertEquals("[]", CelValues.text(List.of()));
        assertEquals("[1, \"a\"]", CelValues.text(List.of(1L, "a")));
    }

    @Test
    void structuresReadAsCompactLiterals() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Say \"hi\" \\ bye");
        map.put("n", 3L);
        map.put("gone", CelValues.NULL);
        map.put("list", Arrays.asList("x", null));
        assertEquals("{\"name\": \"Say \\\"hi\\\" \\\\ bye\", \"n\": 3, \"gone\": null, \"list\": [\"x\", null]}",
                CelValues.text(map));
        assertEquals("{}", CelValues.text(Map.of()));
        assertEquals("plain \"text\"", CelValues.text("plain \"text\""));
        assertEquals("null", CelValues.text(null));
        assertEquals("true", CelValues.text(true));
    }

    @Test
    void wholeDoublesReadAsIntegersOthersAsDoubles() {
        assertEquals("2", CelValues.text(2.0));
        assertEquals("-3", CelValues.text(-3.0));
        assertEquals("0.8", CelValues.text(0.8));
        assertEquals("1.0E15", CelValues.text(1e15));
        assertEquals("999999999999999", CelValues.text(999_999_999_999_999.0));
        assertEquals("-1.0E15", CelValues.text(-1e15));
        assertEquals("Infinity", CelValues.text(Double.POSITIVE_INFINITY));
        assertEquals("[2, 0.5]", CelValues.text(List.of(2.0, 0.5)));
    }

    @Test
    void timestampsReadAsInstantsOrInTheZoneToTheMinute() {
        Timestamp t = Timestamp.newBuilder().setSeconds(1_795_726_800L).build(); // 2026-11-26T21:00:00Z
        assertEquals("2026-11-26T21:00:00Z", CelValues.text(t));
        assertEquals("[2026-11-26T21:00:00Z]", CelValues.text(List.of(t)));
        assertEquals("2026-11-26 21:00 UTC", CelValues.time(t, ZoneOffset.UTC));
        assertEquals("2026-11-26 22:00 Europe/Berlin", CelValues.time(t, ZoneId.of("Europe/Berlin")));
    }
}
