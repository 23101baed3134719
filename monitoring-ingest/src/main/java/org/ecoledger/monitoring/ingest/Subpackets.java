package org.ecoledger.monitoring.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.monitoring.device.RegisteredDevice;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.ecoledger.monitoring.protocol.FactorValues;
import org.ecoledger.monitoring.protocol.Packet;
import org.ecoledger.monitoring.protocol.Upload;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reassembles uploads a device split into subpackets. Each subpacket has its own QN but repeats
 * the DataTime, so parts are joined on (MN, CN, DataTime). Each part is acknowledged once its raw
 * frame is in the audit topic, from which an interrupted reassembly can be replayed; the joined
 * reading is published when the last part arrives, or with what arrived once the timeout passes.
 */
@Component
class Subpackets {

    private final ReadingIntake intake;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration timeout;
    private final Map<String, Assembly> assemblies = new ConcurrentHashMap<>();

    Subpackets(ReadingIntake intake, MeterRegistry meters, Clock clock, MonitoringProperties properties) {
        this.intake = intake;
        this.meters = meters;
        this.clock = clock;
        this.timeout = properties.hj212().subpacketTimeout();
    }

    private static final class Assembly {
        final RegisteredDevice device;
        final ReadingPeriod period;
        final Instant startedAt;
        final int expected;
        final Map<Integer, Upload> parts = new LinkedHashMap<>();

        Assembly(RegisteredDevice device, ReadingPeriod period, Instant startedAt, int expected) {
            this.device = device;
            this.period = period;
            this.startedAt = startedAt;
            this.expected = expected;
        }
    }

    CompletableFuture<?> add(RegisteredDevice device, ReadingPeriod period, Packet packet, Upload upload, Instant receivedAt) {
        String key = device.mn().value() + "/" + packet.header().cn() + "/" + upload.dataTime();
        int expected = packet.header().pnum() == null ? 1 : packet.header().pnum();
        int number = packet.header().pno() == null ? 1 : packet.header().pno();
        Assembly complete;
        synchronized (this) {
            Assembly assembly = assemblies.computeIfAbsent(key, k -> new Assembly(device, period, clock.instant(), expected));
            assembly.parts.putIfAbsent(number, upload);
            complete = assembly.parts.size() >= assembly.expected ? assemblies.remove(key) : null;
        }
        if (complete != null) {
            publish(complete, receivedAt);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Scheduled(fixedDelayString = "PT1S")
    void publishOverdue() {
        Instant cutoff = clock.instant().minus(timeout);
        List<Assembly> overdue = new ArrayList<>();
        synchronized (this) {
            assemblies.entrySet().removeIf(entry -> {
                boolean late = entry.getValue().startedAt.isBefore(cutoff);
                if (late) {
                    overdue.add(entry.getValue());
                }
                return late;
            });
        }
        overdue.forEach(assembly -> {
            meters.counter("ecoledger.ingest.subpackets.incomplete").increment();
            publish(assembly, clock.instant());
        });
    }

    private void publish(Assembly assembly, Instant receivedAt) {
        // A factor repeated in several parts keeps its first value, as the header fields do.
        Map<String, FactorValues> factors = new LinkedHashMap<>();
        assembly.parts.values().forEach(part -> part.factors().forEach(factor -> factors.putIfAbsent(factor.code(), factor)));
        Upload first = assembly.parts.values().iterator().next();
        Upload joined = new Upload(first.dataTime(), List.copyOf(factors.values()), List.of());
        intake.accept(assembly.device, Readings.reading(assembly.device, assembly.period, joined, receivedAt), Hj212ConnectionHandler.CHANNEL);
    }
}
