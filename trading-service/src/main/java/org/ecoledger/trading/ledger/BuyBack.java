package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.QuotaClass;

/** A buy-back offer of the reserve: its price in fen per kilogram, the grams it still takes, and whether the bureau closed it. */
record BuyBack(QuotaClass quotaClass, long price, long remainingGrams, boolean closed) {

    BuyBack taken(long grams) {
        return new BuyBack(quotaClass, price, remainingGrams - grams, closed);
    }

    BuyBack close() {
        return new BuyBack(quotaClass, price, remainingGrams, true);
    }
}
