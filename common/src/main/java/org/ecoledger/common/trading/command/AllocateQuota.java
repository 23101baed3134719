package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;

/** The bureau allocates initial rights to an enterprise for a paid-use fee per tonne, charged to its account. */
public record AllocateQuota(
        @TargetAggregateIdentifier TradingAreaId area,
        AllocationId allocationId,
        EnterpriseId enterprise,
        QuotaClass quotaClass,
        Mass quantity,
        Money feePerTonne,
        Actor by,
        Instant at) {

    public AllocateQuota {
        Require.nonNull(area, "area");
        Require.nonNull(allocationId, "allocationId");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(feePerTonne, "feePerTonne");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.requirePositive(quantity, "quantity");
        if (feePerTonne.isNegative()) {
            throw new IllegalArgumentException("feePerTonne must not be negative");
        }
    }
}
