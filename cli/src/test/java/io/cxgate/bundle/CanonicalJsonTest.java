package io.cxgate.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8785 (JCS), checked against the RFC's own examples. */
class CanonicalJsonTest {

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical serialisation. */
    static Stream<Arguments> rfcNumberExamples() {
        return Stream.of(
                Arguments.of(0x0000000000000000L, "0"),
                Arguments.of(0x8000000000000000L, "0"),
                Arguments.of(0x0000000000000001L, "5e-324"),
                Arguments.of(0x8000000000000001L, "-5e-324"),
                Arguments.of(0x7fefffffffffffffL, "1.7976931348623157e+308"),
                Arguments.of(0xffefffffffffffffL, "-1.7976931348623157e+308"),
                Arguments.of(0x4340000000000000L, "9007199254740992"),
                Arguments.of(0xc340000000000000L, "-9007199254740992"),
                Arguments.of(0x4430000000000000L, "295147905179352830000"),
                Arguments.of(0x44b52d02c7e14af5L, "9.999999999999997e+22"),
                Arguments.of(0x44b52d02c7e14af6L, "1e+23"),
                Arguments.of(0x44b52d02c7e14af7L, "1.0000000000000001e+23"),
                Arguments.of(0x444b1ae4d6e2ef4eL, "999999999999999700000"),
                Arguments.of(0x444b1ae4d6e2ef4fL, "999999999999999900000"),
                Arguments.of(0x444b1ae4d6e2ef50L, "1e+21"),
                Arguments.of(0x3eb0c6f7a0b5ed8cL, "9.999999999999997e-7"),
                Arguments.of(0x3eb0c6f7a0b5ed8dL, "0.000001"),
                Arguments.of(0x41b3de4355555553L, "333333333.3333332"),
                Arguments.of(0x41b3de4355555554L, "333333333.33333325"),
                Arguments.of(0x41b3de4355555555L, "333333333.3333333"),
                Arguments.of(0x41b3de4355555556L, "333333333.3333334"),
                Arguments.of(0x41b3de4355555557L, "333333333.33333343"),
                Arguments.of(0xbecbf647612f3696L, "-0.0000033333333333333333"),
                Arguments.of(0x43143ff3c1cb0959L, "1424953923781206.2"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rfcNumberExamples")
    void numbersAreSerialisedAsTheRfcsAppendixBSays(long bits, String expected) {
        String literal = Double.toString(Double.longBitsToDouble(bits)); // round-trips exactly, if not in shortest form

        assertEquals("[" + expected + "]", CanonicalJson.canonicalString("[" + literal + "]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[NaN]", "[Infinity]", "[-Infinity]", "[1e400]"})
    void numbersJsonCannotCarryAreRefused(String json) {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize(json));
    }

    @Test
    void theRfcsSection322ExampleComesOutAsPrinted() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;

        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", CanonicalJson.canonicalString(input));
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAsInTheRfcsSection323() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;

        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}",
                CanonicalJson.canonicalString(input));
    }

    @Test
    void indentationAndMemberOrderDoNotChangeTheDigest() {
        String compact = "{\"b\":[1,2],\"a\":{\"y\":null,\"x\":\"é\"}}";
        String pretty = "{\n  \"a\" : { \"x\" : \"\\u00e9\", \"y\" : null },\n  \"b\" : [ 1, 2.0 ]\n}\n";

        assertEquals(CanonicalJson.digest(compact), CanonicalJson.digest(pretty));
        assertEquals("{\"a\":{\"x\":\"é\",\"y\":null},\"b\":[1,2]}", CanonicalJson.canonicalString(pretty));
    }

    @Test
    void aDuplicateMemberNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}"));

        assertEquals("not canonicalizable JSON: Duplicate property: a", e.getMessage());
    }

    @Test
    void malformedJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.canonicalize("{\"a\":"));
    }
}
