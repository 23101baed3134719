package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

import java.util.List;

/** Records annual totals stricter than permitted that the enterprise commits to. */
public record RecordVoluntaryCommitment(
        @TargetAggregateIdentifier PermitId permitId,
        List<VoluntaryCommitment> commitments,
        Actor by,
        Instant at) {

    public RecordVoluntaryCommitment {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (commitments == null || commitments.isEmpty()) {
            throw new IllegalArgumentException("a voluntary commitment names at least one pollutant");
        }
        commitments = List.copyOf(commitments);
    }
}
