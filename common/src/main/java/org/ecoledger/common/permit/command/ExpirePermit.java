package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Ends a permit whose validity has run out; sent by the platform's expiry scheduler. */
public record ExpirePermit(
        @TargetAggregateIdentifier PermitId permitId,
        Actor by,
        Instant at) {

    public ExpirePermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
