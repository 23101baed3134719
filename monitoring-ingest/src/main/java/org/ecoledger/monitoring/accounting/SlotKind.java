package org.ecoledger.monitoring.accounting;

/**
 * What an hour of one outlet and pollutant holds. A reading replaces what an hour holds only if it
 * ranks higher, so a late reading replaces a substitute, and neither a duplicate nor a second
 * device can rewrite a measured hour.
 */
public enum SlotKind {
    /** A valid value (flags N, S, T): its mass counts as measured and as history for substitution. */
    MEASURED(2, false),
    /** F: the source stopped, so nothing was emitted. Valid data, but no history for substitution. */
    SOURCE_STOPPED(2, false),
    /** The device sent the hour, but its value cannot be counted (M, C, D, B, P, or no usable numbers). */
    INVALID(1, true),
    /** Nothing arrived for the hour in time. */
    MISSING(0, true);

    private final int rank;
    private final boolean substituted;

    SlotKind(int rank, boolean substituted) {
        this.rank = rank;
        this.substituted = substituted;
    }

    public boolean substituted() {
        return substituted;
    }

    public boolean outranks(SlotKind other) {
        return rank > other.rank;
    }
}
