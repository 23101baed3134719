package org.ecoledger.trading.matching;

import java.util.Objects;

/** The checks both books make on a command before anything changes. */
final class OrderInput {

    private OrderInput() {
    }

    static void requireWellFormed(long orderId, Side side, long limitPrice, long quantity, MatchSink sink) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(sink, "sink");
        if (orderId < 1 || limitPrice < 1 || quantity < 1) {
            throw new IllegalArgumentException("the order ID, limit price and quantity must be positive: " + orderId + ", " + limitPrice + ", " + quantity);
        }
        if (Math.multiplyHigh(limitPrice, quantity) != 0 || limitPrice * quantity < 0) {
            throw new IllegalArgumentException("the value of order " + orderId + " (" + limitPrice + " fen/kg × " + quantity + " kg) does not fit a long");
        }
    }

    /** The market rule an order at this price and quantity breaks, or null if it breaks none. */
    static RejectionReason brokenRule(MarketRules rules, long limitPrice, long quantity) {
        if (quantity < rules.minQuantity()) {
            return RejectionReason.BELOW_MIN_QUANTITY;
        }
        if (limitPrice < rules.floorPrice()) {
            return RejectionReason.BELOW_FLOOR;
        }
        if (!rules.dailyLimits().contains(limitPrice)) {
            return RejectionReason.OUTSIDE_DAILY_LIMIT;
        }
        return null;
    }
}
