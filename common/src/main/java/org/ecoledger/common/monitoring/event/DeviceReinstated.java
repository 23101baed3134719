package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A suspended device's data is accepted again. */
@Revision("1")
public record DeviceReinstated(
        DeviceMn mn,
        String reason,
        Actor by,
        Instant at) {
}
