package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/**
 * Sets an enterprise's environmental credit level for a year, as the rating rule computed it from
 * the year's confirmed violations ({@code points} and {@code basis} say how). The same level again
 * changes nothing.
 */
public record AssignCreditLevel(
        @TargetAggregateIdentifier EnterpriseId enterpriseId,
        int year,
        CreditLevel level,
        int points,
        String basis,
        Actor by,
        Instant at) {

    public AssignCreditLevel {
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(level, "level");
        Require.text(basis, "basis");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (points < 0) {
            throw new IllegalArgumentException("credit points cannot be negative");
        }
    }
}
