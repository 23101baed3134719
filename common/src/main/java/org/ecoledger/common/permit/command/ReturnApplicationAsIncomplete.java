package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

import java.util.List;

/** The completeness check sends the application back with what is missing. */
public record ReturnApplicationAsIncomplete(
        @TargetAggregateIdentifier PermitId permitId,
        List<String> missingItems,
        Actor by,
        Instant at) {

    public ReturnApplicationAsIncomplete {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.items(missingItems, "missing items");
    }
}
