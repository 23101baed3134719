package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;
import java.util.List;

/**
 * The enterprise shows that the violation has ended and what it rectified: the daily penalty stops
 * accruing from that day, and a rectification order is met if the day is within its deadline.
 */
public record ReportViolationEnded(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        String statement,
        List<String> evidence,
        Actor by,
        Instant at) {

    public ReportViolationEnded {
        Require.nonNull(caseId, "caseId");
        Require.text(statement, "statement");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
