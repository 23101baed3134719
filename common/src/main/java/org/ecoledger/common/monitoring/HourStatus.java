package org.ecoledger.common.monitoring;

/** What one hour of an outlet's series held when the accounting counted it. */
public enum HourStatus {
    /** A valid value (flags N, S, T). */
    MEASURED,
    /** F: the source stopped; nothing was emitted. */
    SOURCE_STOPPED,
    /** The device sent the hour but its value cannot count (M, C, D, B, P): substituted. */
    INVALID,
    /** Nothing arrived for the hour in time: substituted. */
    MISSING;

    public boolean substituted() {
        return this == INVALID || this == MISSING;
    }
}
