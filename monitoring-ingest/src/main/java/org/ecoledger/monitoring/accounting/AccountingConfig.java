package org.ecoledger.monitoring.accounting;

import java.time.Duration;

/**
 * The thresholds of the emission accounting. Both implementations (the Kafka Streams topology
 * and {@link ReferenceEmissionCalculator}) read the same values, so a contract test can compare
 * them on any configuration.
 *
 * @param substitutionLookBack how far before an invalid or missing hour the accounting looks for
 *                             the highest valid hourly mass to substitute
 * @param missingAfter         how long after an hour has ended its data may still arrive before the
 *                             hour is filled as missing (HJ 212 loggers send hourly data shortly
 *                             after the hour, and resend after a reconnect)
 * @param dataMissingFlagAfter how many consecutive invalid or missing hours raise
 *                             DATA_MISSING_OR_INVALID; whole hours
 * @param wallClockPunctuation how often the topology lets the wall clock advance the accounting
 *                             clock; {@link Duration#ZERO} turns that off, leaving event time alone
 * @param wallClockLag         how far behind the wall clock the accounting clock is then put, so
 *                             that a consumer catching up on a backlog does not declare the
 *                             backlog's hours missing before it has read them
 */
public record AccountingConfig(
        Duration substitutionLookBack,
        Duration missingAfter,
        Duration dataMissingFlagAfter,
        Duration wallClockPunctuation,
        Duration wallClockLag) {

    private static final Duration HOUR = Duration.ofHours(1);

    public AccountingConfig {
        if (substitutionLookBack == null || substitutionLookBack.compareTo(HOUR) < 0) {
            throw new IllegalArgumentException("the substitution look-back spans at least one hour");
        }
        if (missingAfter == null || missingAfter.isNegative()) {
            throw new IllegalArgumentException("the time to wait for an hour's data cannot be negative");
        }
        if (dataMissingFlagAfter == null || dataMissingFlagAfter.compareTo(HOUR) < 0
                || !dataMissingFlagAfter.equals(Duration.ofHours(dataMissingFlagAfter.toHours()))) {
            throw new IllegalArgumentException("missing data is flagged after a whole number of hours, at least one");
        }
        if (wallClockPunctuation == null || wallClockPunctuation.isNegative()) {
            throw new IllegalArgumentException("the wall-clock punctuation interval is zero (off) or positive");
        }
        if (wallClockLag == null || wallClockLag.isNegative()) {
            throw new IllegalArgumentException("the wall-clock lag cannot be negative");
        }
    }

    /**
     * The bureau's defaults: 30 days of look-back, one hour's grace for late hourly data, a flag
     * after 4 consecutive bad hours, and the wall clock consulted every 5 minutes with a lag of
     * 2 hours.
     */
    public static AccountingConfig defaults() {
        return new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4),
                Duration.ofMinutes(5), Duration.ofHours(2));
    }

    public AccountingConfig withWallClock(Duration punctuation, Duration lag) {
        return new AccountingConfig(substitutionLookBack, missingAfter, dataMissingFlagAfter, punctuation, lag);
    }

    public long dataMissingFlagAfterHours() {
        return dataMissingFlagAfter.toHours();
    }

    public boolean wallClockEnabled() {
        return !wallClockPunctuation.isZero();
    }
}
