package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploymentWindowTest {
    // 2026-11-23 is a Monday
    private static ZonedDateTime at(String dayAndTime) {
        String[] parts = dayAndTime.split(" ");
        int offset = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun").indexOf(parts[0]);
        return LocalDateTime.of(2026, 11, 23 + offset, 0, 0).with(LocalTime.parse(parts[1])).atZone(ZoneOffset.UTC);
    }

    @Test
    void aSingleDayRangeParsesToItsDaysAndTimes() {
        DeploymentWindow w = DeploymentWindow.parse("Mon-Thu 20:00-23:00");

        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), w.days());
        assertEquals(LocalTime.of(20, 0), w.start());
        assertEquals(LocalTime.of(23, 0), w.end());
        assertEquals("Mon-Thu 20:00-23:00", w.text());
        assertEquals("Mon-Thu 20:00-23:00", w.toString());
    }

    @Test
    void daysAndRangesCanBeListed() {
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                DeploymentWindow.parse("Mon,Wed-Fri,Sun 09:00-17:00").days());
    }

    @Test
    void aDayRangeMayWrapAroundTheWeek() {
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                DeploymentWindow.parse("Fri-Mon 22:00-02:00").days());
        assertEquals(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), DeploymentWindow.parse("Sun-Mon 01:00-02:00").days());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY), DeploymentWindow.parse("Tue-Tue 01:00-02:00").days());
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "Mon-Thu 20:00-23:00, Mon 20:00, true",
            "Mon-Thu 20:00-23:00, Thu 22:59, true",
            "Mon-Thu 20:00-23:00, Thu 23:00, false", // end is exclusive
            "Mon-Thu 20:00-23:00, Mon 19:59, false",
            "Mon-Thu 20:00-23:00, Fri 21:00, false",
            "Fri 22:00-02:00, Fri 22:00, true", // crosses midnight: belongs to the start day
            "Fri 22:00-02:00, Sat 01:59, true",
            "Fri 22:00-02:00, Sat 02:00, false",
            "Fri 22:00-02:00, Fri 01:00, false", // the early hours of Friday belong to Thursday's window
            "Fri 22:00-02:00, Sat 22:30, false",
            "Sun 23:00-01:00, Mon 00:30, true", // across the week's end
            "Sun 23:00-01:00, Sun 00:30, false",
            "Fri-Mon 22:00-02:00, Tue 01:00, true",
            "Fri-Mon 22:00-02:00, Fri 01:00, false",
            "Sat 00:00-24:00, Sat 00:00, true", // a whole day
            "Sat 00:00-24:00, Sat 23:59, true",
            "Sat 00:00-24:00, Sun 00:00, false",
            "Sat 00:00-24:00, Fri 23:59, false",
            "Wed 18:00-24:00, Wed 23:59, true",
            "Wed 18:00-24:00, Thu 00:00, false",
    })
    void containsFollowsDaysStartAndExclusiveEnd(String window, String time, boolean expected) {
        assertEquals(expected, DeploymentWindow.parse(window).contains(at(time)));
    }

    @Test
    void anyContainsReadsTheInstantInTheConfigsTimeZone() {
        List<DeploymentWindow> windows = List.of(DeploymentWindow.parse("Mon-Thu 20:00-23:00"));
        ZoneId london = ZoneId.of("Europe/London");
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant mondayEveningLondon = Instant.parse("2026-06-01T19:30:00Z"); // 20:30 BST, 15:30 in New York

        assertTrue(DeploymentWindow.anyContains(windows, mondayEveningLondon, london));
        assertFalse(DeploymentWindow.anyContains(windows, mondayEveningLondon, newYork));
        assertTrue(DeploymentWindow.anyContains(windows, Instant.parse("2026-06-02T00:30:00Z"), newYork)); // Mon 20:30 EDT
    }

    @Test
    void anyContainsIsFalseForNoWindowsAndTrueWhenOneOfSeveralMatches() {
        Instant sunday = Instant.parse("2026-11-29T10:00:00Z");
        assertFalse(DeploymentWindow.anyContains(List.of(), sunday, ZoneOffset.UTC));
        assertTrue(DeploymentWindow.anyContains(
                List.of(DeploymentWindow.parse("Mon 10:00-11:00"), DeploymentWindow.parse("Sat-Sun 08:00-12:00")),
                sunday, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mon-Thu|deployment window 'Mon-Thu': expected 'Day[-Day][,...] HH:MM-HH:MM' with days Mon to Sun, e.g. 'Mon-Thu 20:00-23:00'",
            "Mon-Thu  20:00-23:00|deployment window 'Mon-Thu  20:00-23:00': expected 'Day[-Day][,...] HH:MM-HH:MM' with days Mon to Sun, e.g. 'Mon-Thu 20:00-23:00'",
            "Mon-Thur 20:00-23:00|deployment window 'Mon-Thur 20:00-23:00': unknown day 'Thur' (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)",
            "mon 20:00-23:00|deployment window 'mon 20:00-23:00': unknown day 'mon' (did you mean 'Mon'?)",
            "Mon, Tue 20:00-23:00|deployment window 'Mon, Tue 20:00-23:00': expected 'Day[-Day][,...] HH:MM-HH:MM' with days Mon to Sun, e.g. 'Mon-Thu 20:00-23:00'",
            "Mon,,Tue 20:00-23:00|deployment window 'Mon,,Tue 20:00-23:00': missing day (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)",
            "Mon-Tue-Wed 20:00-23:00|deployment window 'Mon-Tue-Wed 20:00-23:00': day range 'Mon-Tue-Wed' must be Day or Day-Day",
            "Mon 8:00-17:00|deployment window 'Mon 8:00-17:00': times must be 'HH:MM-HH:MM', not '8:00-17:00'",
            "Mon 20:00|deployment window 'Mon 20:00': times must be 'HH:MM-HH:MM', not '20:00'",
            "Mon 25:00-26:00|deployment window 'Mon 25:00-26:00': '25:00' is not a time of day (00:00 to 23:59)",
            "Mon 20:00-23:60|deployment window 'Mon 20:00-23:60': '23:60' is not a time of day (00:00 to 23:59, or 24:00 as an end)",
            "Mon 24:00-02:00|deployment window 'Mon 24:00-02:00': '24:00' is not a time of day (00:00 to 23:59)",
            "Mon 09:00-09:00|deployment window 'Mon 09:00-09:00': start and end are the same time; a whole day is 00:00-24:00",
    })
    void badGrammarIsAClearIllegalArgument(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeploymentWindow.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void daysAreCopiedInAndOut() {
        EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        DeploymentWindow w = new DeploymentWindow(days, LocalTime.of(1, 0), LocalTime.of(2, 0), "Mon 01:00-02:00");
        days.add(DayOfWeek.TUESDAY);
        w.days().add(DayOfWeek.WEDNESDAY);

        assertEquals(EnumSet.of(DayOfWeek.MONDAY), w.days());
        assertEquals(DeploymentWindow.parse("Mon 01:00-02:00"), w);
    }

    @Test
    void aWindowNeedsAtLeastOneDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeploymentWindow(
                EnumSet.noneOf(DayOfWeek.class), LocalTime.of(1, 0), LocalTime.of(2, 0), "01:00-02:00"));
        assertEquals("deployment window '01:00-02:00' names no days", e.getMessage());
    }
}
