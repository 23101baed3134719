package org.ecoledger.trading.matching;

/** The side of an order. */
public enum Side {
    BUY,
    SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
