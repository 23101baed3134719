package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A device was given a new secret. */
@Revision("1")
public record DeviceSecretRotated(
        DeviceMn mn,
        DeviceSecret secret,
        Actor by,
        Instant at) {
}
