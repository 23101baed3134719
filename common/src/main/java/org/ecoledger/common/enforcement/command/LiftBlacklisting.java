package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** The bureau takes an enterprise off the illegal-discharge blacklist (credit repair), with its reason. */
public record LiftBlacklisting(
        @TargetAggregateIdentifier EnterpriseId enterpriseId,
        String reason,
        Actor by,
        Instant at) {

    public LiftBlacklisting {
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
