package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

import java.util.List;

/** The reviewer rejects the application, with reasons the enterprise will read. */
public record RejectApplication(
        @TargetAggregateIdentifier PermitId permitId,
        List<String> reasons,
        Actor by,
        Instant at) {

    public RejectApplication {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.items(reasons, "reasons");
    }
}
