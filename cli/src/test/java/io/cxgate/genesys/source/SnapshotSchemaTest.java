package io.cxgate.genesys.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cxgate.InvalidInputException;

class SnapshotSchemaTest {
    private static Path invalid(String name) {
        try {
            return Path.of(SnapshotSchemaTest.class.getResource("/orgs/invalid/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> badSnapshots() {
        return Stream.of(
                Arguments.of("not-json.json", "line 4, column 3: not valid JSON: Unexpected character ('\"' (code 34)):"
                        + " was expecting comma to separate Object entries"),
                Arguments.of("not-an-object.json", "line 1: expected a JSON object with formatVersion 1"),
                Arguments.of("future-format.json",
                        "line 2: formatVersion 2 is not supported by this cxgate (it reads formatVersion 1)"),
                Arguments.of("missing-id.json", "line 6: objects[1]: required property 'id' not found"),
                Arguments.of("bad-resource-type.json",
                        "line 8: objects[0].resourceType: does not match the regex pattern ^genesyscloud_[a-z0-9_]+$"),
                Arguments.of("misspelt-key.json", "line 4: object: property 'object' is not defined in the schema and"
                        + " the schema does not allow additional properties"),
                Arguments.of("bad-date.json", "line 10: objects[0].dateModified: not an ISO-8601 date-time: yesterday"),
                Arguments.of("duplicate-id.json", "line 6: objects[1].id: genesyscloud_routing_queue q1 appears twice"),
                Arguments.of("dependency-without-consumer.json",
                        "line 6: dependencies[0]: required property 'consumerId' not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSnapshots")
    void aBadSnapshotIsInvalidInputNamingFileLineAndField(String file, String expected) {
        Path path = invalid(file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SnapshotOrgSource.load(path));
        assertEquals("org snapshot " + path + ": " + expected, e.getMessage());
    }

    @Test
    void aMissingFileIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OrgSnapshot.read(Path.of("no/such/org.json")));
        assertEquals("org snapshot no/such/org.json: file not found", e.getMessage());
    }

    @Test
    void theSampleOrgIsValid() {
        // 40, then 5 flow consumers (issue 15 item 4), 4 numbers (item 6) and the wrap-up code mappings (item 5)
        assertEquals(40 + 5 + 4 + 1, SnapshotOrgSource.load(invalid("../sample-org.json")).snapshot().objects().size());
    }
}
