package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Lifts a suspension. */
public record ReinstatePermit(
        @TargetAggregateIdentifier PermitId permitId,
        String reason,
        Actor by,
        Instant at) {

    public ReinstatePermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
