package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.QuotaClass;

/** An open buy-back offer of the reserve: its price in fen per kilogram and the grams it still takes. */
record BuyBack(QuotaClass quotaClass, long price, long remainingGrams) {

    BuyBack taken(long grams) {
        return new BuyBack(quotaClass, price, remainingGrams - grams);
    }
}
