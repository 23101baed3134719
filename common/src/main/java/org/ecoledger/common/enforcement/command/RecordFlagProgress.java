package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A flagged violation goes on: its case learns how long it has lasted, its peak (in the flag's
 * unit; empty where the kind has none) and the mass discharged beyond what was allowed.
 */
public record RecordFlagProgress(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        long durationHours,
        BigDecimal peak,
        Mass exceeded,
        Actor by,
        Instant at) {

    public RecordFlagProgress {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (durationHours < 0) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
    }
}
