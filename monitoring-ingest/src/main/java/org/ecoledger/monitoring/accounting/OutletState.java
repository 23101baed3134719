package org.ecoledger.monitoring.accounting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the topology keeps per outlet.
 *
 * @param highestValidFlow     the highest valid hourly flow (m³) the outlet reported, for substitutes without history
 * @param latestDischargeCheck the latest reading time judged by the discharge-permit check
 */
public record OutletState(BigDecimal highestValidFlow, Instant latestDischargeCheck) {

    public static final OutletState NONE = new OutletState(null, null);

    OutletState withFlow(BigDecimal flow) {
        return highestValidFlow == null || flow.compareTo(highestValidFlow) > 0 ? new OutletState(flow, latestDischargeCheck) : this;
    }

    OutletState withDischargeCheck(Instant dataTime) {
        return new OutletState(highestValidFlow, dataTime);
    }
}
