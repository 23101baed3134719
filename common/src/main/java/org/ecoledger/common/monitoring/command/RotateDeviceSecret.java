package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Replaces a device's secret; frames with the old one are refused from then on. */
public record RotateDeviceSecret(
        @TargetAggregateIdentifier DeviceMn mn,
        DeviceSecret secret,
        Actor by,
        Instant at) {

    public RotateDeviceSecret {
        Require.nonNull(mn, "mn");
        Require.nonNull(secret, "secret");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
