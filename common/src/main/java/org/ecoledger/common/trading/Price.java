package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

/**
 * A price of emission rights in fen per kilogram. Orders are in whole kilograms, so every trade's
 * value is an exact number of fen; one fen per kilogram is ten yuan per tonne, the tick of the
 * provincial centres.
 */
public record Price(long fenPerKilogram) implements Comparable<Price> {

    public Price {
        if (fenPerKilogram <= 0) {
            throw new IllegalArgumentException("a price is a positive number of fen per kilogram: " + fenPerKilogram);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Price ofFenPerKilogram(long fenPerKilogram) {
        return new Price(fenPerKilogram);
    }

    /** The value of that quantity at this price; the quantity must be whole kilograms. */
    public Money valueOf(Mass quantity) {
        long kilograms = Quantities.wholeKilograms(quantity);
        try {
            return Money.ofFen(Math.multiplyExact(fenPerKilogram, kilograms));
        } catch (ArithmeticException tooLarge) {
            // only a price or quantity no market could hold gets here: the request is malformed, the ledger is not at fault
            throw new IllegalArgumentException(kilograms + " kg at " + fenPerKilogram + " fen/kg is beyond what the ledger counts in fen");
        }
    }

    @JsonValue
    @Override
    public long fenPerKilogram() {
        return fenPerKilogram;
    }

    @Override
    public int compareTo(Price other) {
        return Long.compare(fenPerKilogram, other.fenPerKilogram);
    }

    @Override
    public String toString() {
        return fenPerKilogram + " fen/kg";
    }
}
