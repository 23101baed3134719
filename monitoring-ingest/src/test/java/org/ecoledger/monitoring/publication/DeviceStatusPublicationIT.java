package org.ecoledger.monitoring.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.ingest.Hj212Server;
import org.ecoledger.monitoring.support.Hj212Socket;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A device's registry changes and its connection reach {@code device-status} on the in-JVM broker,
 * keyed by MN, with growing versions; its frames do not each make a record.
 */
class DeviceStatusPublicationIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CF1LK26");
    private static final String MN = "010000A8900016F0005D0001";
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The accounting's state; static, so that JUnit deletes it only after {@link #stop()} has closed Kafka Streams. */
    @TempDir
    static Path stateDirectory;
    private static RunningService service;
    private static ApiClient api;
    private static KafkaConsumer<String, byte[]> deviceStatus;
    private static final List<JsonNode> records = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME, "monitoring_device_status",
                Clock.systemUTC(), Map.of("ecoledger.hj212.port", "0",
                        "ecoledger.device-status.check-interval", "PT1S",
                        "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                        "ecoledger.accounting.state-directory", stateDirectory.toString()));
        api = service.api();
        deviceStatus = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "device-status-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer());
        deviceStatus.subscribe(List.of(Topics.DEVICE_STATUS.name()));
        MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
    }

    @AfterAll
    static void stop() {
        deviceStatus.close();
        service.close();
    }

    /** This device's records so far, in the topic's order, each its {@code device-status-changed} payload. */
    private static List<JsonNode> records() throws Exception {
        for (var record : deviceStatus.poll(Duration.ofMillis(300))) {
            if (MN.equals(record.key())) {
                assertThat(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                        .isEqualTo("device-status-changed");
                records.add(MonitoringFixture.JSON.readTree(record.value()));
            }
        }
        return List.copyOf(records);
    }

    private static JsonNode awaitRecord(String description, Predicate<JsonNode> status) {
        var found = new JsonNode[1];
        await().atMost(PATIENCE).alias(description).until(() -> {
            List<JsonNode> all = records();
            found[0] = all.isEmpty() ? null : all.get(all.size() - 1);
            return found[0] != null && status.test(found[0].path("status"));
        });
        return found[0].path("status");
    }

    @Test
    void registeringConnectingAndSuspendingADeviceArePublishedButNotEachFrame() throws Exception {
        String password = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, Map.of("mn", MN, "enterpriseId", ENTERPRISE.value(),
                "outlet", "DA001", "protocol", "HJ212_2017", "dataIntervalSeconds", 3600));
        JsonNode registered = awaitRecord("the registration", s -> s.path("registryStatus").asText().equals("ACTIVE"));
        assertThat(registered.path("enterpriseId").asText()).isEqualTo(ENTERPRISE.value());
        assertThat(registered.path("outlet").asText()).isEqualTo("DA001");
        assertThat(registered.path("region").asText()).isEqualTo("510104");
        assertThat(registered.path("connected").asBoolean()).isFalse();

        try (var device = new Hj212Socket(service.bean(Hj212Server.class).port())) {
            for (int hour = 10; hour < 15; hour++) {
                device.send(Hj212Socket.hourlyUpload(MN, password, "20261123" + hour + "0000001", "20261123" + hour + "0000"));
                assertThat(device.answer()).contains("CN=9014");
                if (hour == 10) {
                    awaitRecord("the connection", s -> s.path("connected").asBoolean());
                }
                Thread.sleep(1_500);
            }
            await().atMost(PATIENCE).until(() -> api.get("/api/devices/" + MN, REVIEWER).body().at("/activity/acceptedFrames").asLong() == 5);
            int beforeSuspension = records().size();

            assertThat(api.post("/api/devices/" + MN + "/suspension", REVIEWER, Map.of("reason", "analyser fault")).status()).isEqualTo(204);
            JsonNode suspended = awaitRecord("the suspension", s -> s.path("registryStatus").asText().equals("SUSPENDED"));
            assertThat(suspended.path("connected").asBoolean()).isTrue();
            assertThat(suspended.path("acceptedFrames").asLong()).isEqualTo(5);
            assertThat(suspended.path("lastDataTime").asText()).isEqualTo("2026-11-23T06:00:00Z");
            assertThat(suspended.path("lastFrameAt").isTextual()).isTrue();
            assertThat(beforeSuspension).as("the registration, the connection, and at most one record of the frames' activity within the minute")
                    .isBetween(2, 3);
        }
        JsonNode disconnected = awaitRecord("the disconnection", s -> !s.path("connected").asBoolean());
        assertThat(disconnected.path("registryStatus").asText()).isEqualTo("SUSPENDED");

        List<Long> versions = records().stream().map(r -> r.path("version").asLong()).toList();
        assertThat(versions).as("versions grow with every record of the device").isSorted().doesNotHaveDuplicates();
        assertThat(versions.get(0)).isEqualTo(1);
    }
}
