package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Cancels a permit that is no longer needed, e.g. the source closed (注销). */
public record CancelPermit(
        @TargetAggregateIdentifier PermitId permitId,
        String reason,
        Actor by,
        Instant at) {

    public CancelPermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
