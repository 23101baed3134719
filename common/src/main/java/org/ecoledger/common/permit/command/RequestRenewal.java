package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The enterprise applies to continue its permit for another term, inside the renewal window. */
public record RequestRenewal(
        @TargetAggregateIdentifier PermitId permitId,
        ResponsibleCommitment commitment,
        Actor by,
        Instant at) {

    public RequestRenewal {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(commitment, "commitment");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
