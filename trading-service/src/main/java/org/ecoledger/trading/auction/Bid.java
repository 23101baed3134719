package org.ecoledger.trading.auction;

/**
 * A sealed bid: up to {@code quantity} kilograms at up to {@code price} fen per kilogram.
 * {@code sequence} orders the bids by the time they were received.
 */
public record Bid(long bidId, long owner, long price, long quantity, long sequence) {

    public Bid {
        if (price < 1 || quantity < 1) {
            throw new IllegalArgumentException("bid " + bidId + " needs a positive price and quantity, not " + price + " and " + quantity);
        }
        if (Math.multiplyHigh(price, quantity) != 0 || price * quantity < 0) {
            throw new IllegalArgumentException("the value of bid " + bidId + " does not fit a long");
        }
    }
}
