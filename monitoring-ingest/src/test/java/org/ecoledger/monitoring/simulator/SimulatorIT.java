package org.ecoledger.monitoring.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.ingest.Hj212Server;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator against the real service over TCP: devices registered through the device API
 * stream with faults, every upload is acknowledged in the end, each reading is on Kafka once, and
 * a device with a wrong password is refused.
 */
class SimulatorIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CG0LK2N");
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));
    private static final int DEVICES = 6;
    /** Four simulated hours of ten-minute data, and the four hours. */
    private static final int UPLOADS_PER_DEVICE = 24 + 4;

    @Test
    void simulatedDevicesWithFaultsHaveEveryUploadAcknowledgedAndPublishedOnce(@TempDir Path stateDirectory) throws Exception {
        Map<String, Object> settings = Map.of("ecoledger.hj212.port", "0",
                "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                "ecoledger.accounting.state-directory", stateDirectory.toString(),
                SimulatedClock.PLATFORM_LEEWAY_PROPERTY, SimulatedClock.PLATFORM_LEEWAY);
        try (var service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME,
                "monitoring_simulator", Clock.systemUTC(), settings)) {
            ApiClient api = service.api();
            MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
            var registrar = new DeviceRegistrar(URI.create("http://localhost:"
                    + service.bean(Environment.class).getProperty("local.server.port")), REVIEWER);
            List<DeviceSpec> devices = new ArrayList<>();
            for (int number = 1; number <= DEVICES; number++) {
                String mn = DeviceRegistrar.mnFor(ENTERPRISE.value(), "DA001", number);
                String password = registrar.register(mn, ENTERPRISE.value(), "DA001", Duration.ofMinutes(10), Duration.ofSeconds(60));
                devices.add(DeviceSpec.of(mn, password, number % 2 == 0 ? SourceKind.WASTEWATER : SourceKind.FLUE_GAS, Scenario.NORMAL));
            }
            String impostor = DeviceRegistrar.mnFor(ENTERPRISE.value(), "DA001", 1);
            devices.add(DeviceSpec.of(impostor, "nope", SourceKind.FLUE_GAS, Scenario.NORMAL));
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/devices/" + devices.get(DEVICES - 1).mn(), REVIEWER).status() == 200);

            Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            SimulatorSettings simulation = SimulatorSettings.defaults("localhost", service.bean(Hj212Server.class).port())
                    .until(start.plus(Duration.ofHours(4)))
                    .withAnswerTimeout(Duration.ofSeconds(1))
                    .withFramesPerSecond(10)
                    .withFaults(new FaultPlan(0.1, 0.05, 0.1, 0.05, 0.05, 0));
            Set<String> answered = ConcurrentHashMap.newKeySet();
            try (var simulator = DeviceSimulator.start(simulation, SimulatedClock.startingNow(start, 7200), devices,
                    acked -> answered.add(acked.mn() + "/" + acked.period() + "/" + acked.dataTime()))) {
                assertThat(simulator.awaitFinished(Duration.ofSeconds(120))).as(simulator.report().text()).isTrue();
                SimulatorReport report = simulator.report();

                assertThat(report.uploads()).isEqualTo((DEVICES + 1) * UPLOADS_PER_DEVICE);
                assertThat(report.refused()).as("the impostor's frames").isEqualTo(UPLOADS_PER_DEVICE);
                assertThat(report.acknowledged()).isEqualTo(DEVICES * UPLOADS_PER_DEVICE + report.resentAnswered());
                assertThat(answered).hasSize(DEVICES * UPLOADS_PER_DEVICE);
                assertThat(report.corruptedSent() + report.droppedConnections() + report.resentAnswered()).isPositive();
                assertThat(report.ackLatency().p99()).isPositive();

                Map<String, Integer> published = readingsOnKafka(devices);
                assertThat(published.keySet()).isEqualTo(answered);
                assertThat(published.values()).as("each reading published once, whatever was re-sent").allMatch(count -> count == 1);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode device = api.get("/api/devices/" + devices.get(0).mn(), REVIEWER).body();
                assertThat(device.at("/activity/acceptedFrames").asLong()).as(device.toString()).isGreaterThanOrEqualTo(UPLOADS_PER_DEVICE);
            });
        }
    }

    /** How often each reading of these devices is on the topic, by MN, period and data time. */
    private static Map<String, Integer> readingsOnKafka(List<DeviceSpec> devices) throws Exception {
        Set<String> mns = devices.stream().map(DeviceSpec::mn).collect(java.util.stream.Collectors.toSet());
        Map<String, Integer> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEVICE_READINGS.name()));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    quietSince = System.nanoTime();
                    if (mns.contains(record.key())) {
                        JsonNode reading = MonitoringFixture.JSON.readTree(record.value());
                        String key = reading.path("mn").asText() + "/" + reading.path("period").asText() + "/"
                                + Instant.parse(reading.path("dataTime").asText());
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
