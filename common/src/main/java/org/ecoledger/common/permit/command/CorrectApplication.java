package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The enterprise resubmits an application that was returned as incomplete. */
public record CorrectApplication(
        @TargetAggregateIdentifier PermitId permitId,
        PermitTerms terms,
        Validity requestedValidity,
        ResponsibleCommitment commitment,
        Actor by,
        Instant at) {

    public CorrectApplication {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(terms, "terms");
        Require.nonNull(requestedValidity, "requestedValidity");
        Require.nonNull(commitment, "commitment");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
