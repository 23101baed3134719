package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The reviewer asks trading-service again for the rights a held issuance or amendment needs, e.g. after the enterprise bought them. */
public record RetryQuotaRequest(
        @TargetAggregateIdentifier PermitId permitId,
        Actor by,
        Instant at) {

    public RetryQuotaRequest {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
