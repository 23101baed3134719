package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Gives the case to an inspector (the identity provider's subject); an inspector may take it itself. */
public record AssignCase(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        String assignee,
        Actor by,
        Instant at) {

    public AssignCase {
        Require.nonNull(caseId, "caseId");
        Require.text(assignee, "assignee");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
