package org.ecoledger.common.trading;

import org.ecoledger.common.value.Mass;

/** Traded quantities are positive whole kilograms; holdings are kept in grams like every other mass. */
public final class Quantities {

    private static final long GRAMS_PER_KILOGRAM = 1_000;

    private Quantities() {
    }

    public static long wholeKilograms(Mass quantity) {
        if (quantity == null || quantity.grams() <= 0 || quantity.grams() % GRAMS_PER_KILOGRAM != 0) {
            throw new IllegalArgumentException("a traded quantity is a positive whole number of kilograms: " + quantity);
        }
        return quantity.grams() / GRAMS_PER_KILOGRAM;
    }

    /** A quantity given in kilograms; one beyond what a mass in grams can hold is malformed input, not a failure. */
    public static Mass kilograms(long kilograms) {
        try {
            return Mass.ofGrams(Math.multiplyExact(kilograms, GRAMS_PER_KILOGRAM));
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("a quantity of " + kilograms + " kg is beyond what the ledger counts in grams");
        }
    }

    /** Like {@link #kilograms(long)}, where nothing is a valid answer (an auction that sold nothing). */
    public static Mass kilogramsOrZero(long kilograms) {
        if (kilograms < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + kilograms + " kg");
        }
        return kilograms(kilograms);
    }

    public static void requirePositive(Mass quantity, String field) {
        if (quantity == null || !quantity.isPositive()) {
            throw new IllegalArgumentException(field + " must be a positive mass: " + quantity);
        }
    }
}
