package org.ecoledger.common.trading;

public enum Side {
    BUY,
    SELL
}
