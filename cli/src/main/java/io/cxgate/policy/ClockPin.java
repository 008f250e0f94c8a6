package io.cxgate.policy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

import io.cxgate.InvalidInputException;

/**
 * {@code --now} as written: an instant ({@code 2026-11-26T21:00:00Z}, {@code 2026-11-26T21:00+01:00}), a local
 * date-time ({@code 2026-11-26T21:00}) or a date ({@code 2026-11-26}, its midnight). The last two are read in the
 * config's {@code timeZone} (UTC without one), the zone deployment windows and waiver expiry use.
 *
 * @param text the value as written, for messages
 */
public record ClockPin(String text, Instant instant, LocalDateTime local) {
    /** What a value may look like, for messages and help. */
    public static final String FORMS = "a date (2026-11-26), a local date-time in the config's time zone"
            + " (2026-11-26T21:00) or an instant (2026-11-26T21:00:00Z)";

    public ClockPin {
        Objects.requireNonNull(text, "text");
        if ((instant == null) == (local == null)) {
            throw new IllegalArgumentException("a clock pin is an instant or a local date-time");
        }
    }

    public static ClockPin of(Instant instant) {
        return new ClockPin(instant.toString(), instant, null);
    }

    /** @throws InvalidInputException naming the value and the forms accepted */
    public static ClockPin parse(String text) {
        String value = text.strip();
        try {
            if (value.endsWith("Z") || value.endsWith("z")) {
                return new ClockPin(text, Instant.parse(value.toUpperCase(java.util.Locale.ROOT)), null);
            }
            if (value.length() > 10 && value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return new ClockPin(text, OffsetDateTime.parse(value).toInstant(), null);
            }
            if (value.length() == 10) {
                return new ClockPin(text, null, LocalDate.parse(value).atStartOfDay());
            }
            return new ClockPin(text, null, LocalDateTime.parse(value));
        } catch (DateTimeException e) {
            throw new InvalidInputException("'" + text + "' is not " + FORMS);
        }
    }

    /** The moment this pin names, local forms read in {@code zone}. */
    public Instant at(ZoneId zone) {
        return instant != null ? instant : local.atZone(zone).toInstant();
    }

    @Override
    public String toString() {
        return text;
    }
}
