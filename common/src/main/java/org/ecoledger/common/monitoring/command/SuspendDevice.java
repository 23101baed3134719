package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Stops accepting a device's data until it is reinstated (e.g. a faulty analyser). */
public record SuspendDevice(
        @TargetAggregateIdentifier DeviceMn mn,
        String reason,
        Actor by,
        Instant at) {

    public SuspendDevice {
        Require.nonNull(mn, "mn");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
