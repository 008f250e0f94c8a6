package io.cxgate.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;

class ClockPinTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anInstantWithZIsThatInstantInAnyZone() {
        ClockPin pin = ClockPin.parse("2026-11-26T21:00:00Z");
        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), pin.instant());
        assertNull(pin.local());
        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), pin.at(BERLIN));
        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), ClockPin.parse(" 2026-11-26t21:00:00z ").at(BERLIN));
    }

    @Test
    void anOffsetIsAnInstant() {
        assertEquals(Instant.parse("2026-11-26T20:00:00Z"), ClockPin.parse("2026-11-26T21:00+01:00").at(ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-11-26T23:30:00Z"), ClockPin.parse("2026-11-26T21:00:00-02:30").at(BERLIN));
    }

    @Test
    void aLocalDateTimeIsReadInTheZone() {
        ClockPin pin = ClockPin.parse("2026-11-26T21:00");
        assertNull(pin.instant());
        assertEquals(LocalDateTime.parse("2026-11-26T21:00"), pin.local());
        assertEquals(Instant.parse("2026-11-26T20:00:00Z"), pin.at(BERLIN));
        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), pin.at(ZoneOffset.UTC));
    }

    @Test
    void aDateIsItsMidnightInTheZone() {
        ClockPin pin = ClockPin.parse("2026-11-26");
        assertEquals(LocalDateTime.parse("2026-11-26T00:00"), pin.local());
        assertEquals(Instant.parse("2026-11-25T23:00:00Z"), pin.at(BERLIN));
    }

    @Test
    void theTextIsKeptAsWrittenForMessages() {
        assertEquals(" 2026-11-26 ", ClockPin.parse(" 2026-11-26 ").toString());
        assertEquals(" 2026-11-26 ", ClockPin.parse(" 2026-11-26 ").text());
        assertEquals("2026-11-26T21:00:00Z", ClockPin.of(Instant.parse("2026-11-26T21:00:00Z")).toString());
        assertEquals(Instant.parse("2026-11-26T21:00:00Z"), ClockPin.of(Instant.parse("2026-11-26T21:00:00Z")).at(BERLIN));
    }

    @Test
    void anythingElseNamesTheValueAndTheForms() {
        for (String bad : new String[] {"tomorrow", "2026-13-01", "2026-11-26T25:00", "2026-11-26T21:00+1:00", "26.11.2026Z"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClockPin.parse(bad), bad);
            assertEquals("'" + bad + "' is not " + ClockPin.FORMS, e.getMessage());
        }
    }

    @Test
    void aPinIsExactlyOneOfInstantAndLocal() {
        assertThrows(IllegalArgumentException.class, () -> new ClockPin("x", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ClockPin("x", Instant.EPOCH, LocalDateTime.parse("2026-11-26T21:00")));
        assertThrows(NullPointerException.class, () -> new ClockPin(null, Instant.EPOCH, null));
        assertEquals(Instant.EPOCH, new ClockPin("x", Instant.EPOCH, null).instant());
        assertEquals(LocalDateTime.parse("2026-11-26T21:00"),
                new ClockPin("x", null, LocalDateTime.parse("2026-11-26T21:00")).local());
    }
}
