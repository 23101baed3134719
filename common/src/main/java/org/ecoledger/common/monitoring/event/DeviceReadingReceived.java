package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * An authenticated device's upload, durably accepted: published on {@code device-readings}
 * keyed by MN before the device is acknowledged. {@code dataTime} is the start of the period
 * (the sampling instant for real-time data), converted from the device's Beijing time.
 * Readings are unique on (mn, period, dataTime); a re-sent upload carries the same key.
 */
@Revision("1")
public record DeviceReadingReceived(
        DeviceMn mn,
        EnterpriseId enterpriseId,
        OutletCode outlet,
        RegionCode region,
        ReadingPeriod period,
        Instant dataTime,
        List<FactorReading> factors,
        Instant receivedAt) {

    public DeviceReadingReceived {
        factors = List.copyOf(factors);
    }

    /** The deduplication key of the protocol: the same device, kind of data and period start. */
    public String readingKey() {
        return mn.value() + "/" + period + "/" + dataTime;
    }
}
