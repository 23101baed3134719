package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.value.EnterpriseId;

/** What the ledger remembers of an order still in a book: enough to settle and release it. */
record OpenOrder(EnterpriseId enterprise, ClientOrderId clientOrderId, QuotaClass quotaClass, Side side,
                 long limitPrice, long remainingKilograms) {

    OpenOrder filled(long kilograms) {
        return new OpenOrder(enterprise, clientOrderId, quotaClass, side, limitPrice, remainingKilograms - kilograms);
    }
}
