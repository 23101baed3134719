package org.ecoledger.trading.matching;

import java.util.Objects;

/** An order resting in the book: its limit price and the quantity still open, in kilograms. */
public record RestingOrder(long orderId, long owner, Side side, long price, long remaining) {

    public RestingOrder {
        Objects.requireNonNull(side, "side");
        if (orderId < 1 || price < 1 || remaining < 1) {
            throw new IllegalArgumentException("a resting order needs a positive ID, price and remaining quantity: " + orderId + ", " + price + ", " + remaining);
        }
    }
}
