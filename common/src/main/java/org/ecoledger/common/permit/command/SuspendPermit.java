package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Suspends an issued permit: the holder may not discharge until it is reinstated. */
public record SuspendPermit(
        @TargetAggregateIdentifier PermitId permitId,
        String reason,
        Actor by,
        Instant at) {

    public SuspendPermit {
        Commands.requireNonNull(permitId, "permitId");
        Commands.requireNonNull(by, "by");
        Commands.requireNonNull(at, "at");
        Commands.requireText(reason, "reason");
    }
}
