package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau credits an enterprise with the rights it gave up by committing to a total stricter than its permit's. */
public record CreditVoluntaryReduction(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        QuotaClass quotaClass,
        Mass quantity,
        PermitId permitId,
        Actor by,
        Instant at) {

    public CreditVoluntaryReduction {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.requirePositive(quantity, "quantity");
    }
}
