package org.ecoledger.monitoring.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.local.RunningService;
import org.ecoledger.monitoring.simulator.AckedUpload;
import org.ecoledger.monitoring.simulator.DeviceSimulator;
import org.ecoledger.monitoring.simulator.DeviceSpec;
import org.ecoledger.monitoring.simulator.LatencyHistogram;
import org.ecoledger.monitoring.simulator.SimulatedClock;
import org.ecoledger.monitoring.simulator.SimulatorSettings;
import org.ecoledger.monitoring.simulator.UploadPeriod;
import org.ecoledger.monitoring.support.MonitoringFixture;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latency from a frame to the flag it causes: probe devices, each on an outlet of its own,
 * send one hourly reading whose SO2 is above the outlet's limit, spread over the measured window,
 * while a consumer reads {@code violation-flags} as a case-handling service would (read committed).
 * The clock is this JVM's: the frame's first sending, taken from its answer, to the flag's arrival.
 */
final class FlagProbes implements AutoCloseable {

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> flaggedAt = new ConcurrentHashMap<>();
    private final Map<String, String> outletOf;
    private final String enterprise;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private volatile boolean reading = true;
    private DeviceSimulator simulator;

    FlagProbes(String enterprise, Map<String, String> outletByMn) {
        this.enterprise = enterprise;
        this.outletOf = outletByMn;
        consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.VIOLATION_FLAGS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::read, "flag-probe-reader");
        reader.start();
    }

    /** Starts the probes: each connects at {@code perSecond} and sends its one hour over the limit. */
    void start(String host, int port, List<DeviceSpec> probes, double perSecond) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        SimulatorSettings settings = SimulatorSettings.defaults(host, port)
                .withMinuteInterval(Duration.ofMinutes(60))
                .withPeriods(EnumSet.of(UploadPeriod.HOUR))
                .until(start.plus(Duration.ofHours(1)))
                .withConnectsPerSecond(perSecond);
        simulator = DeviceSimulator.start(settings, SimulatedClock.startingNow(start, 3600), probes, this::answered);
    }

    private void answered(AckedUpload acked) {
        sentAt.putIfAbsent(outletOf.get(acked.mn()), System.nanoTime() - acked.latencyNanos());
    }

    private void read() {
        while (reading) {
            for (var record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                var type = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
                if (!enterprise.equals(record.key()) || type == null
                        || !"violation-flag-raised".equals(new String(type.value(), StandardCharsets.UTF_8))) {
                    continue;
                }
                try {
                    JsonNode flag = MonitoringFixture.JSON.readTree(record.value());
                    if ("CONCENTRATION_EXCEEDED".equals(flag.path("kind").asText())) {
                        flaggedAt.putIfAbsent(flag.path("outlet").asText(), now);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    /** Waits until every probe's flag has arrived, or the time is up. */
    boolean awaitFlags(int probes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (flaggedAt.size() >= probes && sentAt.size() >= probes) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Frame-to-flag latencies in µs of the probes that were answered and flagged. */
    LatencyHistogram latencies() {
        var histogram = new LatencyHistogram();
        sentAt.forEach((outlet, sent) -> {
            Long flagged = flaggedAt.get(outlet);
            if (flagged != null) {
                histogram.record((flagged - sent) / 1000);
            }
        });
        return histogram;
    }

    @Override
    public void close() throws InterruptedException {
        if (simulator != null) {
            simulator.close();
        }
        reading = false;
        reader.join();
        consumer.close();
    }
}
