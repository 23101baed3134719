package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The completeness check found every required document and item. */
public record ConfirmApplicationComplete(
        @TargetAggregateIdentifier PermitId permitId,
        Actor by,
        Instant at) {

    public ConfirmApplicationComplete {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
