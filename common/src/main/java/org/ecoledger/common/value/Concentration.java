package org.ecoledger.common.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A concentration in the medium's unit, exact to a thousandth (0.001 mg/L is the finest limit
 * the standards write, for mercury). Decimal, never floating point.
 */
public record Concentration(BigDecimal value, ConcentrationUnit unit) implements Comparable<Concentration> {

    private static final int SCALE = 3;

    public Concentration {
        if (value == null || unit == null) {
            throw new IllegalArgumentException("a concentration needs a value and a unit");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a concentration cannot be negative: " + value.toPlainString());
        }
        try {
            value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "concentration " + value.toPlainString() + " has more than " + SCALE + " decimals");
        }
    }

    public static Concentration of(String value, ConcentrationUnit unit) {
        return new Concentration(new BigDecimal(value), unit);
    }

    public boolean exceeds(Concentration other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Concentration other) {
        if (unit != other.unit) {
            throw new IllegalArgumentException("cannot compare " + unit.symbol() + " with " + other.unit.symbol());
        }
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
