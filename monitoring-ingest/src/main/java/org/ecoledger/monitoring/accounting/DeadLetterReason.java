package org.ecoledger.monitoring.accounting;

/** Why the accounting set a record aside; a metric tag, so the list stays short and fixed. */
public enum DeadLetterReason {
    /** The bytes are not the JSON of the type the record claims (or there are none). */
    UNREADABLE,
    /** The {@code event-type} header is missing or names no type the topic's registry knows. */
    UNKNOWN_EVENT_TYPE,
    /**
     * Readable, but not something the accounting can apply: a reading without its enterprise, outlet,
     * period or times; a permit event that leaves out a part; a trading event whose holding changes
     * cannot be made.
     */
    NOT_ACCOUNTABLE,
    /**
     * Further behind the accounting clock than it accepts: an hourly or daily reading
     * ({@link AccountingConfig#readingsAcceptedFor()}) or a trading event
     * ({@link AccountingConfig#tradingEventsAcceptedFor()}).
     */
    TOO_LATE,
    /**
     * A reading dated more than {@link AccountingConfig#readingsDatedAheadUpTo()} after it was
     * received: the device's clock is ahead.
     */
    DATED_AHEAD
}
