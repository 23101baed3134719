package org.ecoledger.monitoring.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.monitoring.device.DeviceActivity;
import org.ecoledger.monitoring.device.DeviceDirectory;
import org.ecoledger.monitoring.device.DeviceStatus;
import org.ecoledger.monitoring.device.RegisteredDevice;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What HJ 212 over TCP and the HTTP gateway endpoint have in common: who may send, how often,
 * whether a reading was seen before, and writing it durably before it is acknowledged.
 */
@Component
class ReadingIntake {

    private static final Logger log = LoggerFactory.getLogger(ReadingIntake.class);
    /** Readings remembered for deduplication here; the accounting deduplicates again on the same key across restarts. */
    private static final int RECENT_READINGS = 500_000;

    private final DeviceDirectory devices;
    private final ReadingPublisher publisher;
    private final DeviceActivity activity;
    private final MeterRegistry meters;
    private final int framesPerSecond;
    private final Map<DeviceMn, RateLimit> limits = new ConcurrentHashMap<>();
    private final Map<String, Boolean> published = Collections.synchronizedMap(new LinkedHashMap<>(1 << 16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_READINGS;
        }
    });

    /** By channel and period: a counter looked up by its tags costs more than the rest of the bookkeeping. */
    private final Map<String, Map<ReadingPeriod, Counter>> accepted = new ConcurrentHashMap<>();

    /** Readings being written to Kafka now, so that a copy arriving meanwhile is not written again. */
    private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    ReadingIntake(DeviceDirectory devices, ReadingPublisher publisher, DeviceActivity activity, MeterRegistry meters,
                  MonitoringProperties properties) {
        this.devices = devices;
        this.publisher = publisher;
        this.activity = activity;
        this.meters = meters;
        this.framesPerSecond = properties.hj212().framesPerSecondPerDevice();
    }

    /** A device that may send now with this password, or why not. */
    Admission admit(DeviceMn mn, String password, String channel) {
        var device = devices.find(mn);
        if (device.isEmpty()) {
            return reject(null, Rejection.UNKNOWN_DEVICE, channel);
        }
        if (device.get().status() != DeviceStatus.ACTIVE) {
            return reject(mn, Rejection.DEVICE_NOT_ACTIVE, channel);
        }
        if (!device.get().accepts(password)) {
            return reject(mn, Rejection.WRONG_PASSWORD, channel);
        }
        if (!limits.computeIfAbsent(mn, key -> new RateLimit(framesPerSecond)).tryAcquire(System.nanoTime())) {
            return reject(mn, Rejection.RATE_LIMITED, channel);
        }
        return new Admission(device.get(), null);
    }

    Admission reject(DeviceMn mn, Rejection reason, String channel) {
        log.debug("Rejected a {} frame from {}: {}", channel, mn, reason);
        meters.counter("ecoledger.ingest.rejected", "reason", reason.name(), "channel", channel).increment();
        if (mn != null) {
            activity.rejected(mn, reason.name());
        }
        return new Admission(null, reason);
    }

    /**
     * Publishes the reading unless it was published before; completes with whether it was new. A
     * copy that arrives while the first is still being written (a device re-sending after a
     * timeout) waits for that write instead of starting another: it is answered when the first is
     * durable, and fails with it.
     */
    CompletableFuture<Boolean> accept(RegisteredDevice device, DeviceReadingReceived reading, String channel) {
        activity.dataReceived(device.mn(), reading.dataTime());
        String key = reading.readingKey();
        if (published.containsKey(key)) {
            return duplicate(channel, CompletableFuture.completedFuture(true));
        }
        CompletableFuture<Boolean> write = new CompletableFuture<>();
        CompletableFuture<Boolean> earlier = inFlight.putIfAbsent(key, write);
        if (earlier != null) {
            return duplicate(channel, earlier);
        }
        publisher.reading(reading).whenComplete((done, failure) -> {
            if (failure == null) {
                published.put(key, Boolean.TRUE);
                activity.accepted(device.mn());
                accepted.computeIfAbsent(channel, c -> new ConcurrentHashMap<>()).computeIfAbsent(reading.period(), period ->
                        meters.counter("ecoledger.ingest.accepted", "channel", channel, "period", period.name())).increment();
            }
            inFlight.remove(key, write);
            if (failure == null) {
                write.complete(true);
            } else {
                write.completeExceptionally(failure);
            }
        });
        return write;
    }

    private CompletableFuture<Boolean> duplicate(String channel, CompletableFuture<Boolean> first) {
        meters.counter("ecoledger.ingest.duplicates", "channel", channel).increment();
        return first.thenApply(written -> false);
    }

    record Admission(RegisteredDevice device, Rejection rejection) {
        boolean admitted() {
            return device != null;
        }
    }
}
