package org.ecoledger.monitoring.device;

import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;

import java.time.Duration;

/** What the ingest needs to know of a device to accept its frames. */
public record RegisteredDevice(
        DeviceMn mn,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        ProtocolEdition protocol,
        Duration dataInterval,
        CrcVariant crcVariant,
        DeviceFraming framing,
        DeviceSecret secret,
        DeviceStatus status) {

    public boolean accepts(String password) {
        return status == DeviceStatus.ACTIVE && DeviceSecrets.matches(secret, password);
    }
}
