package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;

import java.time.Instant;

/**
 * One hour of one outlet and pollutant as the accounting counts it.
 *
 * @param hour       the hour's first instant
 * @param grams      the mass counted for the hour, measured or substituted
 * @param flag       the data flag the device sent; empty for a missing hour
 * @param basis      how a substitute was computed; empty for a measured or stopped hour
 * @param readingKey the reading the hour came from; empty for a missing hour
 */
public record HourSlot(Instant hour, long grams, SlotKind kind, DataFlag flag, SubstitutionBasis basis, String readingKey) {

    public HourSlot {
        if (hour == null || kind == null) {
            throw new IllegalArgumentException("an hour slot needs its hour and kind");
        }
        if (grams < 0) {
            throw new IllegalArgumentException("an hourly mass cannot be negative");
        }
        if (kind.substituted() != (basis != null)) {
            throw new IllegalArgumentException("exactly the substituted hours state a substitution basis");
        }
    }

    public static HourSlot counted(Instant hour, long grams, SlotKind kind, DataFlag flag, String readingKey) {
        return new HourSlot(hour, grams, kind, flag, null, readingKey);
    }

    public boolean substituted() {
        return kind.substituted();
    }

    /** Valid or stopped data: what clears a missing-data flag. */
    public boolean good() {
        return !kind.substituted();
    }

    public boolean countsAsHistory() {
        return kind == SlotKind.MEASURED;
    }

    public long substitutedGrams() {
        return substituted() ? grams : 0;
    }

    public HourSlot withSubstitute(long substituteGrams, SubstitutionBasis newBasis) {
        return new HourSlot(hour, substituteGrams, kind, flag, newBasis, readingKey);
    }
}
