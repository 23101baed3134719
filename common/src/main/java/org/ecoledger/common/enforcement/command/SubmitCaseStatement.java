package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;
import java.util.List;

/** The enterprise states its side before the decision; {@code evidence} lists what it submits (document references). */
public record SubmitCaseStatement(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        String statement,
        List<String> evidence,
        Actor by,
        Instant at) {

    public SubmitCaseStatement {
        Require.nonNull(caseId, "caseId");
        Require.text(statement, "statement");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
