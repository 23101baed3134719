package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A device's frames are cut and judged by another framing from now on. */
@Revision("1")
public record DeviceFramingChanged(
        DeviceMn mn,
        DeviceFraming framing,
        String reason,
        Actor by,
        Instant at) {
}
