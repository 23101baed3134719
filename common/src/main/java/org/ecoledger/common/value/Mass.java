package org.ecoledger.common.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A pollutant mass in whole grams. Never floating point: totals are audited to the gram. */
public record Mass(long grams) implements Comparable<Mass> {

    public static final Mass ZERO = new Mass(0);
    private static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal GRAMS_PER_KILOGRAM = BigDecimal.valueOf(1_000);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Mass ofGrams(long grams) {
        return new Mass(grams);
    }

    /** Tonnes as written in permits (t/a), exact to the gram; finer fractions are malformed input. */
    public static Mass ofTonnes(BigDecimal tonnes) {
        return new Mass(toGrams(tonnes, GRAMS_PER_TONNE, "tonnes"));
    }

    public static Mass ofTonnes(String tonnes) {
        return ofTonnes(new BigDecimal(tonnes));
    }

    public static Mass ofKilograms(BigDecimal kilograms) {
        return new Mass(toGrams(kilograms, GRAMS_PER_KILOGRAM, "kilograms"));
    }

    private static long toGrams(BigDecimal amount, BigDecimal factor, String unit) {
        BigDecimal grams = amount.multiply(factor);
        try {
            return grams.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount.toPlainString() + " " + unit + " is not a whole number of grams");
        }
    }

    public BigDecimal tonnes() {
        return BigDecimal.valueOf(grams).divide(GRAMS_PER_TONNE).stripTrailingZeros();
    }

    public Mass plus(Mass other) {
        return new Mass(Math.addExact(grams, other.grams));
    }

    public Mass minus(Mass other) {
        return new Mass(Math.subtractExact(grams, other.grams));
    }

    public boolean isPositive() {
        return grams > 0;
    }

    public boolean isNegative() {
        return grams < 0;
    }

    public boolean exceeds(Mass other) {
        return grams > other.grams;
    }

    @Override
    public int compareTo(Mass other) {
        return Long.compare(grams, other.grams);
    }

    @JsonValue
    @Override
    public long grams() {
        return grams;
    }

    @Override
    public String toString() {
        return tonnes().toPlainString() + " t";
    }
}
