package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
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
        if (mn == null) {
            throw new IllegalArgumentException("mn is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        if (by == null) {
            throw new IllegalArgumentException("by is required");
        }
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
    }
}
