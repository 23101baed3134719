package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The rectification deadline passed without the enterprise showing the violation ended: the case escalates. */
public record EscalateOverdueRectification(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        Actor by,
        Instant at) {

    public EscalateOverdueRectification {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
