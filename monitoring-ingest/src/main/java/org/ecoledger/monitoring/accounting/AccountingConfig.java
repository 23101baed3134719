package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.DeviceReadingReceived;

import java.time.Duration;
import java.time.Instant;

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
 * @param readingsAcceptedFor  how far behind the accounting clock an hourly or daily reading's period
 *                             may start and the reading still count. The accounting remembers the
 *                             readings it applied for this long, to count each once, and forgets
 *                             them after; a reading later than that is refused (dead-lettered as
 *                             {@link DeadLetterReason#TOO_LATE}), resent copies included, since it
 *                             can no longer be told from a new one. A regulator expects that: by
 *                             then its hour has long been filled conservatively and reported, and
 *                             data that late goes through a correction with a person's review, not
 *                             silently into the total (which it could only lower).
 * @param tradingEventsAcceptedFor the same for trading events, by their {@code at}. A settled trade
 *                             is a legal fact the allowance must reflect, so the window is long;
 *                             one later than that is refused and dead-lettered all the same, for an
 *                             operator to reconcile, rather than applied at the risk of counting a
 *                             redelivery twice
 * @param readingsDatedAheadUpTo how far after its receipt a reading may be dated and still count
 *                             ({@link #READINGS_DATED_AHEAD_UP_TO} unless set); later ones are refused
 *                             as {@link DeadLetterReason#DATED_AHEAD}. Only a simulation whose devices
 *                             run their clocks faster than real time (the local demo, the simulator's
 *                             tests and benchmarks) sets it longer
 */
public record AccountingConfig(
        Duration substitutionLookBack,
        Duration missingAfter,
        Duration dataMissingFlagAfter,
        Duration wallClockPunctuation,
        Duration wallClockLag,
        Duration readingsAcceptedFor,
        Duration tradingEventsAcceptedFor,
        Duration readingsDatedAheadUpTo) {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Thirty days: HJ 212 loggers resend a backlog after an outage of days, not months. */
    public static final Duration READINGS_ACCEPTED_FOR = Duration.ofDays(30);
    /** 400 days: longer than a vintage's year and the surrender after it; trading events are few. */
    public static final Duration TRADING_EVENTS_ACCEPTED_FOR = Duration.ofDays(400);
    /**
     * How far after its receipt a reading may be dated and still count. HJ 212 dates an hourly or
     * minute reading by the start of its period and a real-time one by its sampling instant, so a
     * logger whose clock is right never dates one after it was received; an hour leaves room for a
     * clock that drifted. A reading dated later than that comes from a clock that is wrong, and its
     * hour cannot be placed: counted, it would fill an hour that has not happened (or a year that
     * has not begun) and stay in the accounting's memory of readings seen until then.
     */
    public static final Duration READINGS_DATED_AHEAD_UP_TO = Duration.ofHours(1);

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
        if (readingsAcceptedFor == null || readingsAcceptedFor.compareTo(HOUR) < 0
                || tradingEventsAcceptedFor == null || tradingEventsAcceptedFor.compareTo(HOUR) < 0) {
            throw new IllegalArgumentException("readings and trading events are accepted for at least an hour");
        }
        if (readingsDatedAheadUpTo == null || readingsDatedAheadUpTo.isNegative()) {
            throw new IllegalArgumentException("how far ahead a reading may be dated cannot be negative");
        }
    }

    /** With the default windows for late readings and trading events, and for readings dated ahead. */
    public AccountingConfig(Duration substitutionLookBack, Duration missingAfter, Duration dataMissingFlagAfter,
                            Duration wallClockPunctuation, Duration wallClockLag) {
        this(substitutionLookBack, missingAfter, dataMissingFlagAfter, wallClockPunctuation, wallClockLag,
                READINGS_ACCEPTED_FOR, TRADING_EVENTS_ACCEPTED_FOR, READINGS_DATED_AHEAD_UP_TO);
    }

    /**
     * The bureau's defaults: 30 days of look-back, one hour's grace for late hourly data, a flag
     * after 4 consecutive bad hours, and the wall clock consulted every 5 minutes with a lag of
     * 2 hours; readings accepted for 30 days and trading events for 400.
     */
    public static AccountingConfig defaults() {
        return new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4),
                Duration.ofMinutes(5), Duration.ofHours(2));
    }

    public AccountingConfig withWallClock(Duration punctuation, Duration lag) {
        return new AccountingConfig(substitutionLookBack, missingAfter, dataMissingFlagAfter, punctuation, lag, readingsAcceptedFor,
                tradingEventsAcceptedFor, readingsDatedAheadUpTo);
    }

    public AccountingConfig withAcceptance(Duration readings, Duration tradingEvents) {
        return new AccountingConfig(substitutionLookBack, missingAfter, dataMissingFlagAfter, wallClockPunctuation, wallClockLag, readings,
                tradingEvents, readingsDatedAheadUpTo);
    }

    /**
     * Whether an accountable reading is dated so far after its receipt that the device's clock must
     * be wrong. Such a reading is set aside like one that cannot be accounted, before it moves the
     * clock or is remembered as seen.
     */
    public boolean isDatedAhead(DeviceReadingReceived reading) {
        return isDatedAhead(reading.dataTime(), reading.receivedAt(), readingsDatedAheadUpTo);
    }

    /** The same rule for a reading not yet published: the ingest applies it to set a clock or refuse a batch. */
    public static boolean isDatedAhead(Instant dataTime, Instant receivedAt, Duration upTo) {
        return dataTime.isAfter(receivedAt.plus(upTo));
    }

    public long dataMissingFlagAfterHours() {
        return dataMissingFlagAfter.toHours();
    }

    public boolean wallClockEnabled() {
        return !wallClockPunctuation.isZero();
    }
}
