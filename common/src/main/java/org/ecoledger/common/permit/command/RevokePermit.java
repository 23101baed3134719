package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Withdraws a permit for cause (撤销). */
public record RevokePermit(
        @TargetAggregateIdentifier PermitId permitId,
        String reason,
        Actor by,
        Instant at) {

    public RevokePermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
