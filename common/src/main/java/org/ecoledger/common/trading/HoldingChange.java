package org.ecoledger.common.trading;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

/**
 * How one enterprise's settled holding of one class changed. Consumers that follow allowances
 * (monitoring-ingest's annual accounts) need nothing else from a trading event.
 */
public record HoldingChange(EnterpriseId enterprise, QuotaClass quotaClass, long deltaGrams) {

    public static HoldingChange gained(EnterpriseId enterprise, QuotaClass quotaClass, Mass quantity) {
        return new HoldingChange(enterprise, quotaClass, quantity.grams());
    }

    public static HoldingChange lost(EnterpriseId enterprise, QuotaClass quotaClass, Mass quantity) {
        return new HoldingChange(enterprise, quotaClass, -quantity.grams());
    }
}
