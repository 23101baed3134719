package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;

import java.time.Instant;

/** The settlement bank records money paid into an enterprise's trading account. */
public record DepositCash(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        Money amount,
        String bankReference,
        Actor by,
        Instant at) {

    public DepositCash {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(amount, "amount");
        Require.nonNull(bankReference, "bankReference");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (amount.fen() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        Require.text(bankReference, "bankReference");
    }
}
