package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Retires a device for good; its MN is not accepted again. */
public record DecommissionDevice(
        @TargetAggregateIdentifier DeviceMn mn,
        String reason,
        Actor by,
        Instant at) {

    public DecommissionDevice {
        Require.nonNull(mn, "mn");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
