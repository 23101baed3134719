package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Monitoring no longer sees the flagged violation; the case keeps it as a fact for the inspector. */
public record RecordFlagCleared(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        Instant clearedAt,
        String detail,
        Actor by,
        Instant at) {

    public RecordFlagCleared {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(clearedAt, "clearedAt");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
