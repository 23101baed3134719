package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The inspector dismisses the case with a reason; on a decided case it names the decision it supersedes. */
public record DismissViolation(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        String reason,
        Integer supersedes,
        Actor by,
        Instant at) {

    public DismissViolation {
        Require.nonNull(caseId, "caseId");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
