package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The reviewer grants a requested renewal: the permit continues for the next term. */
public record GrantRenewal(
        @TargetAggregateIdentifier PermitId permitId,
        String opinion,
        Actor by,
        Instant at) {

    public GrantRenewal {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(opinion, "review opinion");
    }
}
