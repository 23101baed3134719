package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;

import java.time.Duration;
import java.time.Instant;

/**
 * A device was registered to an outlet. Revision 2 added {@code framing}; revision 1 events are
 * upcast with the framing their CRC variant implied then ({@link DeviceFraming#defaultFor}).
 */
@Revision("2")
public record DeviceRegistered(
        DeviceMn mn,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        ProtocolEdition protocol,
        Duration dataInterval,
        CrcVariant crcVariant,
        DeviceFraming framing,
        DeviceSecret secret,
        Actor by,
        Instant at) {
}
