package org.ecoledger.trading.matching;

/**
 * The day's price limits: the lowest and highest limit price allowed, both inclusive, in fen per
 * kilogram.
 */
public record PriceBand(long lowest, long highest) {

    /** No daily limits: every positive price. */
    public static final PriceBand UNLIMITED = new PriceBand(1, Long.MAX_VALUE);

    public PriceBand {
        if (lowest < 1 || highest < lowest) {
            throw new IllegalArgumentException("a price band needs 1 <= lowest <= highest, not [" + lowest + ", " + highest + "]");
        }
    }

    /**
     * The band of {@code percent} per cent either side of a reference price, rounded inwards to
     * whole fen so that no allowed price is further than {@code percent} from the reference, and
     * never below 1 fen.
     */
    public static PriceBand around(long referencePrice, int percent) {
        if (referencePrice < 1 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("need a positive reference price and 0..100 per cent, not " + referencePrice + " and " + percent);
        }
        try {
            long down = Math.multiplyExact(referencePrice, 100 - percent);
            long lowest = Math.max(1, down / 100 + (down % 100 == 0 ? 0 : 1));
            long highest = Math.multiplyExact(referencePrice, 100 + percent) / 100;
            return new PriceBand(lowest, highest);
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("a reference price of " + referencePrice + " fen/kg is too large for a daily limit of " + percent + " %");
        }
    }

    public boolean contains(long price) {
        return price >= lowest && price <= highest;
    }
}
