package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** One party proposes a negotiated transfer; the other must accept and the bureau approve. */
public record ProposeTransfer(
        @TargetAggregateIdentifier TradingAreaId area,
        TransferId transferId,
        EnterpriseId seller,
        EnterpriseId buyer,
        QuotaClass quotaClass,
        Mass quantity,
        Price price,
        Actor by,
        Instant at) {

    public ProposeTransfer {
        Require.nonNull(area, "area");
        Require.nonNull(transferId, "transferId");
        Require.nonNull(seller, "seller");
        Require.nonNull(buyer, "buyer");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(quantity);
    }
}
