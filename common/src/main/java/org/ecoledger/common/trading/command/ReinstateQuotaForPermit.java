package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/**
 * Permit-service did not use the rights retired for this version of a permit: the ledger puts
 * back what it retired for that version, into the same classes. The ledger's own record decides
 * the quantities, so a request can neither return more than was taken nor return it twice.
 */
public record ReinstateQuotaForPermit(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        PermitId permitId,
        int permitVersion,
        Actor by,
        Instant at) {

    public ReinstateQuotaForPermit {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
