package org.ecoledger.common.monitoring.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;

import java.time.Duration;
import java.time.Instant;

/** Registers a monitoring device to one outlet of one enterprise, with its protocol settings and hashed secret. */
public record RegisterDevice(
        @TargetAggregateIdentifier DeviceMn mn,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        ProtocolEdition protocol,
        Duration dataInterval,
        CrcVariant crcVariant,
        DeviceSecret secret,
        Actor by,
        Instant at) {

    public RegisterDevice {
        if (mn == null) {
            throw new IllegalArgumentException("mn is required");
        }
        if (enterpriseId == null) {
            throw new IllegalArgumentException("enterpriseId is required");
        }
        if (region == null) {
            throw new IllegalArgumentException("region is required");
        }
        if (outlet == null) {
            throw new IllegalArgumentException("outlet is required");
        }
        if (protocol == null) {
            throw new IllegalArgumentException("protocol is required");
        }
        if (dataInterval == null) {
            throw new IllegalArgumentException("dataInterval is required");
        }
        if (crcVariant == null) {
            throw new IllegalArgumentException("crcVariant is required");
        }
        if (secret == null) {
            throw new IllegalArgumentException("secret is required");
        }
        if (by == null) {
            throw new IllegalArgumentException("by is required");
        }
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
    }
}
