package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.Validity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Hours and calendar years as the accounting counts them. China has one offset (UTC+8) and no
 * daylight saving, so an hour starts at the same instant in Beijing as in UTC, and only the year
 * boundary needs the offset: 2025-12-31T16:00Z is the first hour of 2026.
 */
public final class ChinaTime {

    public static final Duration HOUR = Duration.ofHours(1);

    private ChinaTime() {
    }

    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    public static int yearOf(Instant instant) {
        return instant.atOffset(Validity.CHINA).getYear();
    }

    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atOffset(Validity.CHINA));
    }

    public static Instant startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(Validity.CHINA);
    }

    /** The instant, or the start of the year if the instant lies before it: where an allowance change starts to count for that year. */
    public static Instant notBeforeYear(Instant instant, int year) {
        Instant start = startOfYear(year);
        return instant.isBefore(start) ? start : instant;
    }

    /**
     * The instant, moved into the year if it lies outside: where a change of the year's allowance
     * made at that instant starts to count. Rights of a vintage may still be traded after the
     * year; the change then counts from the last hour of the year, so that a flag it raises is
     * about that year.
     */
    public static Instant withinYear(Instant instant, int year) {
        Instant lastHour = startOfYear(year + 1).minus(HOUR);
        return instant.isAfter(lastHour) ? lastHour : notBeforeYear(instant, year);
    }

    /** The first hour that is not yet due, given the clock: every earlier hour is filled if its data is missing. */
    public static Instant missingHorizon(Instant clock, Duration missingAfter) {
        return hourOf(clock.minus(missingAfter));
    }
}
