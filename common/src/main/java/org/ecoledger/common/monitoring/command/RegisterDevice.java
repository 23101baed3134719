package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
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

/** Registers a monitoring device to one outlet of one enterprise, with its protocol settings (edition, interval, CRC, framing) and hashed secret. */
public record RegisterDevice(
        @TargetAggregateIdentifier DeviceMn mn,
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

    public RegisterDevice {
        Require.nonNull(mn, "mn");
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(outlet, "outlet");
        Require.nonNull(protocol, "protocol");
        Require.nonNull(dataInterval, "dataInterval");
        Require.nonNull(crcVariant, "crcVariant");
        Require.nonNull(framing, "framing");
        Require.nonNull(secret, "secret");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
