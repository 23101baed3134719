package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/**
 * The inspector confirms the violation with penalties. On a decided case it must name the decision
 * it supersedes ({@code supersedes}); decisions are never edited.
 */
public record ConfirmViolation(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        Penalties penalties,
        String reason,
        Integer supersedes,
        Actor by,
        Instant at) {

    public ConfirmViolation {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(penalties, "penalties");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
