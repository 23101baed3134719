package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A device was retired for good. */
@Revision("1")
public record DeviceDecommissioned(
        DeviceMn mn,
        String reason,
        Actor by,
        Instant at) {
}
