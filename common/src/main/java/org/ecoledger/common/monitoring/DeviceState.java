package org.ecoledger.common.monitoring;

import org.ecoledger.common.Require;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A monitoring device as monitoring-ingest knows it at {@code asOf}: where it is registered and its
 * registry status, whether it is connected over HJ 212, when its last frame came and which data
 * time it last sent, and its frames accepted and rejected (by reason) since registration.
 * {@code lastFrameAt} and {@code lastDataTime} are empty until the device sent anything.
 */
public record DeviceState(
        DeviceMn mn,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        DeviceRegistryStatus registryStatus,
        boolean connected,
        Instant lastFrameAt,
        Instant lastDataTime,
        long acceptedFrames,
        Map<String, Long> rejectedFrames,
        Instant asOf) {

    public DeviceState {
        Require.nonNull(mn, "mn");
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(outlet, "outlet");
        Require.nonNull(registryStatus, "registryStatus");
        Require.nonNull(asOf, "asOf");
        rejectedFrames = rejectedFrames == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rejectedFrames));
    }
}
