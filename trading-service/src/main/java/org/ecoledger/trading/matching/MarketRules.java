package org.ecoledger.trading.matching;

import java.util.Objects;

/**
 * The rules an order must meet to be accepted: a limit price at or above the floor (benchmark)
 * price and within the day's price limits, and a quantity of at least the minimum. Prices are fen
 * per kilogram, quantities kilograms. The minimum quantity applies when an order is placed only:
 * the rest of a partly filled order may be smaller.
 */
public record MarketRules(long floorPrice, PriceBand dailyLimits, long minQuantity) {

    public MarketRules {
        Objects.requireNonNull(dailyLimits, "dailyLimits (PriceBand.UNLIMITED for none)");
        if (floorPrice < 1 || minQuantity < 1) {
            throw new IllegalArgumentException("the floor price and the minimum quantity must be positive, not " + floorPrice + " and " + minQuantity);
        }
    }

    /** A floor price alone: no daily limits, any quantity from 1 kg. */
    public static MarketRules withFloor(long floorPrice) {
        return new MarketRules(floorPrice, PriceBand.UNLIMITED, 1);
    }

    public MarketRules withDailyLimits(PriceBand dailyLimits) {
        return new MarketRules(floorPrice, dailyLimits, minQuantity);
    }

    public MarketRules withMinQuantity(long minQuantity) {
        return new MarketRules(floorPrice, dailyLimits, minQuantity);
    }

    /** Whether an order at this price may rest in the book, and so whether a trade at it is allowed. */
    public boolean allowsPrice(long price) {
        return price >= floorPrice && dailyLimits.contains(price);
    }
}
