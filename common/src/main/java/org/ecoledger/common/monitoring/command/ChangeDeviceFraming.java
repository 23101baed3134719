package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** Sets how a device's frames are cut and judged, e.g. leniently for a logger found to drop its trailer. */
public record ChangeDeviceFraming(
        @TargetAggregateIdentifier DeviceMn mn,
        DeviceFraming framing,
        String reason,
        Actor by,
        Instant at) {

    public ChangeDeviceFraming {
        Require.nonNull(mn, "mn");
        Require.nonNull(framing, "framing");
        Require.text(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
