package org.ecoledger.monitoring.publication;

import org.ecoledger.common.monitoring.DeviceMn;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a device's changed activity is due on {@code device-status}: at once when it connected or
 * disconnected (or was never published here), otherwise once {@code minInterval} has passed since its
 * last record, so that a device streaming minute data costs a record a minute and not one a frame.
 * A change is kept until it is published, so the last state of a device that fell silent goes out
 * too. Used by one thread.
 */
final class PublicationSchedule {

    private final Duration minInterval;
    /** Devices with changes not yet published, each with whether its connection changed meanwhile. */
    private final Map<DeviceMn, Boolean> waiting = new HashMap<>();
    /** Only devices published within {@code minInterval}: older entries are dropped, which keeps this to the active devices. */
    private final Map<DeviceMn, Instant> lastPublished = new HashMap<>();

    PublicationSchedule(Duration minInterval) {
        this.minInterval = minInterval;
    }

    void changed(Map<DeviceMn, Boolean> connectionChangedByDevice) {
        connectionChangedByDevice.forEach((mn, connectionChanged) -> waiting.merge(mn, connectionChanged, Boolean::logicalOr));
    }

    List<DeviceMn> due(Instant now) {
        lastPublished.values().removeIf(at -> !at.plus(minInterval).isAfter(now));
        return waiting.entrySet().stream()
                .filter(e -> e.getValue() || !lastPublished.containsKey(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(DeviceMn::value))
                .toList();
    }

    void published(Collection<DeviceMn> mns, Instant at) {
        for (DeviceMn mn : mns) {
            waiting.remove(mn);
            lastPublished.put(mn, at);
        }
    }
}
