package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
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
        Commands.requireNonNull(permitId, "permitId");
        Commands.requireNonNull(by, "by");
        Commands.requireNonNull(at, "at");
        Commands.requireText(reason, "reason");
    }
}
