package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

/** A negotiated transfer waiting for the counterparty or the bureau; nothing is reserved until approval. */
record Transfer(EnterpriseId seller, EnterpriseId buyer, EnterpriseId proposer, QuotaClass quotaClass, Mass quantity,
                long price, boolean accepted) {

    Transfer accept() {
        return new Transfer(seller, buyer, proposer, quotaClass, quantity, price, true);
    }

    EnterpriseId counterpartyOf(EnterpriseId party) {
        return party.equals(seller) ? buyer : seller;
    }
}
