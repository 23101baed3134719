package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A device's data is no longer accepted until it is reinstated. */
@Revision("1")
public record DeviceSuspended(
        DeviceMn mn,
        String reason,
        Actor by,
        Instant at) {
}
