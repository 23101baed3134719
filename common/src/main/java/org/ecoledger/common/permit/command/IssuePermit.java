package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The reviewer issues the permit (or files the registration); without a validity, the requested one is granted. */
public record IssuePermit(
        @TargetAggregateIdentifier PermitId permitId,
        Validity validity,
        String opinion,
        Actor by,
        Instant at) {

    public IssuePermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(opinion, "review opinion");
    }
}
