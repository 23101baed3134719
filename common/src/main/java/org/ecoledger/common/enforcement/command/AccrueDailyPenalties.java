package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/**
 * Accrues the daily continuing penalty for every day that has fully passed by {@code at} (China
 * time) and is not accrued yet. Asking twice, or late, accrues each day once.
 */
public record AccrueDailyPenalties(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        Actor by,
        Instant at) {

    public AccrueDailyPenalties {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
