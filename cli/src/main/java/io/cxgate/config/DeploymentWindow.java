package io.cxgate.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly window in which deployments are allowed, written {@code Day[-Day][,…] HH:MM-HH:MM}, e.g.
 * {@code Mon-Thu 20:00-23:00}, {@code Sat,Sun 00:00-24:00} or {@code Fri-Mon 22:00-02:00}.
 *
 * <p>Days are {@code Mon} … {@code Sun}; a day range may wrap around the week ({@code Fri-Mon} is Fri, Sat,
 * Sun, Mon). The end is exclusive and may be {@code 24:00}. When the end is not after the start the window
 * crosses midnight and belongs to its start day: {@code Fri 22:00-02:00} is Friday 22:00 to Saturday 02:00.
 *
 * @param days  the days a window starts on
 * @param start first minute inside the window
 * @param end   first minute after the window; {@code 00:00} for {@code 24:00}
 * @param text  the window as written
 */
public record DeploymentWindow(EnumSet<DayOfWeek> days, LocalTime start, LocalTime end, String text) {
    private static final String GRAMMAR = "expected 'Day[-Day][,...] HH:MM-HH:MM' with days Mon to Sun, e.g. 'Mon-Thu 20:00-23:00'";
    private static final List<String> DAY_NAMES = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final Pattern TIMES = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    public DeploymentWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(text, "text");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("deployment window '" + text + "' names no days");
        }
        days = EnumSet.copyOf(days);
    }

    /** A copy: the set itself is mutable. */
    @Override
    public EnumSet<DayOfWeek> days() {
        return EnumSet.copyOf(days);
    }

    /**
     * Parses {@code Day[-Day][,…] HH:MM-HH:MM}.
     *
     * @throws IllegalArgumentException naming the window and what is wrong with it
     */
    public static DeploymentWindow parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw bad(text, GRAMMAR);
        }
        EnumSet<DayOfWeek> days = parseDays(text, parts[0]);
        Matcher m = TIMES.matcher(parts[1]);
        if (!m.matches()) {
            throw bad(text, "times must be 'HH:MM-HH:MM', not '" + parts[1] + "'");
        }
        LocalTime start = time(text, m.group(1), m.group(2), false);
        LocalTime end = time(text, m.group(3), m.group(4), true);
        if (start.equals(end) && !"24".equals(m.group(3))) {
            throw bad(text, "start and end are the same time; a whole day is 00:00-24:00");
        }
        return new DeploymentWindow(days, start, end, text);
    }

    /** Whether {@code t} (already in the config's time zone) falls inside this window. */
    public boolean contains(ZonedDateTime t) {
        DayOfWeek day = t.getDayOfWeek();
        LocalTime time = t.toLocalTime();
        if (start.isBefore(end)) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        // crosses midnight (or a whole day, 00:00-24:00): the part after midnight belongs to the previous day
        return days.contains(day) && !time.isBefore(start)
                || days.contains(day.minus(1)) && time.isBefore(end);
    }

    /** Whether any of the windows contains {@code now} read in {@code zone}; false for no windows. */
    public static boolean anyContains(List<DeploymentWindow> windows, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return windows.stream().anyMatch(w -> w.contains(local));
    }

    @Override
    public String toString() {
        return text;
    }

    private static EnumSet<DayOfWeek> parseDays(String text, String spec) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : spec.split(",", -1)) {
            String[] range = item.split("-", -1);
            if (range.length > 2) {
                throw bad(text, "day range '" + item + "' must be Day or Day-Day");
            }
            DayOfWeek from = day(text, range[0]);
            DayOfWeek to = range.length == 2 ? day(text, range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String name) {
        int index = DAY_NAMES.indexOf(name);
        if (index < 0) {
            String hint = DAY_NAMES.stream().filter(d -> d.equalsIgnoreCase(name)).findFirst()
                    .map(d -> " (did you mean '" + d + "'?)").orElse(" (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
            throw bad(text, (name.isEmpty() ? "missing day" : "unknown day '" + name + "'") + hint);
        }
        return DayOfWeek.of(index + 1);
    }

    private static LocalTime time(String text, String hh, String mm, boolean isEnd) {
        int hour = Integer.parseInt(hh);
        int minute = Integer.parseInt(mm);
        if (isEnd && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw bad(text, "'" + hh + ":" + mm + "' is not a time of day (00:00 to 23:59" + (isEnd ? ", or 24:00 as an end)" : ")"));
        }
        return LocalTime.of(hour, minute);
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("deployment window '" + text + "': " + problem);
    }
}
