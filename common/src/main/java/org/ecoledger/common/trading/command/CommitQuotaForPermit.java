package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.List;

/** Permit-service asks for the rights a new or expanded project needs; they are retired if held in full. */
public record CommitQuotaForPermit(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        PermitId permitId,
        int permitVersion,
        List<QuotaRequirement> requirements,
        Actor by,
        Instant at) {

    public CommitQuotaForPermit {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(requirements, "requirements");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("requirements must not be empty");
        }
        requirements = List.copyOf(requirements);
    }
}
