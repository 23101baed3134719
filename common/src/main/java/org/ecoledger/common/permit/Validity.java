package org.ecoledger.common.permit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates a permit is valid, both inclusive, in China Standard Time. A permit runs at most five
 * years; it stops being valid at the first instant of the day after {@code until}.
 */
public record Validity(LocalDate from, LocalDate until) {

    /** China has one time zone and no daylight saving, so a fixed offset keeps aggregates deterministic. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    public static final int MAXIMUM_YEARS = 5;
    public static final Duration RENEWAL_WINDOW = Duration.ofDays(60);

    public Validity {
        if (from == null || until == null) {
            throw new IllegalArgumentException("a validity needs a first and a last day");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("validity ends (" + until + ") before it starts (" + from + ")");
        }
        if (!until.isBefore(from.plusYears(MAXIMUM_YEARS))) {
            throw new IllegalArgumentException("a permit is valid for at most " + MAXIMUM_YEARS + " years");
        }
    }

    /** The longest validity a permit may have, starting on the given day. */
    public static Validity fullTermFrom(LocalDate from) {
        return new Validity(from, from.plusYears(MAXIMUM_YEARS).minusDays(1));
    }

    public Instant startsAt() {
        return from.atStartOfDay().toInstant(CHINA);
    }

    public Instant expiresAt() {
        return until.plusDays(1).atStartOfDay().toInstant(CHINA);
    }

    public Instant renewalWindowOpensAt() {
        return expiresAt().minus(RENEWAL_WINDOW);
    }

    public boolean hasExpiredAt(Instant instant) {
        return !instant.isBefore(expiresAt());
    }

    public boolean isRenewalWindowOpenAt(Instant instant) {
        return !instant.isBefore(renewalWindowOpensAt()) && instant.isBefore(expiresAt());
    }

    /** The term that follows this one: a renewal continues without a gap. */
    public Validity next() {
        return fullTermFrom(until.plusDays(1));
    }
}
