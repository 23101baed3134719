package org.ecoledger.permit.devices;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceRegistryStatus;
import org.ecoledger.common.monitoring.DeviceState;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.monitoring.event.DeviceStatusChanged;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.permit.support.MonitoringTopicsWriter;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status monitoring publishes of each device on {@code device-status} reaches the evidence of the
 * cases at the device's outlet, on real PostgreSQL and Kafka: the newest record of a device wins by
 * its version, whatever arrives twice or late.
 */
class DeviceStatusEvidenceIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6DQ01A0" + EnterpriseId.checkCharacter("91510104MA6DQ01A0"));
    private static final EnterpriseId NEIGHBOUR = EnterpriseId.of("91510104MA6DQ02B0" + EnterpriseId.checkCharacter("91510104MA6DQ02B0"));
    private static final RegionCode REGION = RegionCode.of("510104");
    private static final DeviceMn STACK_ANALYSER = DeviceMn.of("51B1BAE4DA000000000D0001");
    private static final DeviceMn OLD_ANALYSER = DeviceMn.of("51B1BAE4DA000000000D0002");
    private static final DeviceMn OTHER_STACK = DeviceMn.of("51B1BAE4DA000000000D0003");
    private static final DeviceMn NEIGHBOURS_ANALYSER = DeviceMn.of("51B1BAE4DA000000000D0004");
    private static final Instant ONSET = Instant.parse("2026-12-03T02:00:00Z");
    private static final String INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-chengdu", "510100"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static RunningService service;
    private static ApiClient api;
    private static MonitoringTopicsWriter monitoring;

    @BeforeAll
    static void start() throws Exception {
        String kafka = RunningService.INFRASTRUCTURE.kafkaBootstrapServers();
        createCompactedTopic(kafka);
        service = RunningPermitService.start("permit_device_status", Clock.systemUTC(), Map.of(
                "ecoledger.enforcement.inbox-group-prefix", "device-status-it-" + UUID.randomUUID()));
        api = service.api();
        monitoring = new MonitoringTopicsWriter(kafka);
    }

    @AfterAll
    static void stop() {
        monitoring.close();
        service.close();
    }

    /** As monitoring-ingest creates it; whichever test or service comes first. */
    private static void createCompactedTopic(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(Topics.DEVICE_STATUS.name(), Topics.DEVICE_STATUS.partitions(), (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static DeviceStatusChanged status(DeviceMn mn, EnterpriseId enterprise, String outlet, DeviceRegistryStatus registry,
                                              boolean connected, long accepted, long version) {
        Instant asOf = ONSET.plusSeconds(60 * version);
        return new DeviceStatusChanged(new DeviceState(mn, enterprise, REGION, OutletCode.of(outlet), registry, connected,
                accepted == 0 ? null : asOf.minusSeconds(30), accepted == 0 ? null : asOf.minusSeconds(3600), accepted,
                Map.of("CRC_MISMATCH", version), asOf), version);
    }

    private static void publish(DeviceStatusChanged record) {
        DeviceMn mn = record.status().mn();
        monitoring.publish(Topics.DEVICE_STATUS, mn.value(), mn + ":" + record.version(), record);
    }

    private static double recordsRead() {
        Counter counter = service.bean(MeterRegistry.class).find("ecoledger.enforcement.inbox")
                .tag("topic", Topics.DEVICE_STATUS.name()).tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String raiseConcentrationFlag() {
        String flagId = "CONCENTRATION_EXCEEDED:" + ENTERPRISE + ":DA001:SO2:" + ONSET;
        monitoring.publish(Topics.VIOLATION_FLAGS, ENTERPRISE, flagId + ":raised", new ViolationFlagRaised(flagId,
                ViolationKind.CONCENTRATION_EXCEEDED, ENTERPRISE, REGION, OutletCode.of("DA001"), Pollutant.SO2, ONSET,
                new BigDecimal("52"), new BigDecimal("35"), "SO2 at DA001 since " + ONSET, ONSET.plusSeconds(600)));
        return ViolationCaseId.forFlag(flagId).value();
    }

    private static JsonNode devicesInEvidence(String caseId) {
        return api.get("/api/violation-cases/" + caseId, INSPECTOR).body().at("/evidence/devices");
    }

    private static JsonNode device(JsonNode devices, DeviceMn mn) {
        for (JsonNode device : devices) {
            if (device.path("mn").asText().equals(mn.value())) {
                return device;
            }
        }
        throw new AssertionError(mn + " is not in the evidence: " + devices);
    }

    @Test
    void theCaseEvidenceShowsTheNewestStatusOfEveryDeviceAtTheOutletWhateverArrivesTwiceOrLate() {
        double before = recordsRead();
        publish(status(STACK_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.ACTIVE, false, 0, 1));
        publish(status(STACK_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.SUSPENDED, true, 120, 3));
        publish(status(STACK_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.SUSPENDED, true, 120, 3));
        publish(status(STACK_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.ACTIVE, true, 60, 2));
        publish(status(OLD_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.DECOMMISSIONED, false, 9, 4));
        publish(status(OTHER_STACK, ENTERPRISE, "DA002", DeviceRegistryStatus.ACTIVE, true, 300, 1));
        publish(status(NEIGHBOURS_ANALYSER, NEIGHBOUR, "DA001", DeviceRegistryStatus.ACTIVE, true, 300, 1));
        String caseId = raiseConcentrationFlag();

        await().atMost(PATIENCE).until(() -> recordsRead() - before >= 7);
        await().atMost(PATIENCE).until(() -> api.get("/api/violation-cases/" + caseId, INSPECTOR).status() == 200);
        JsonNode devices = devicesInEvidence(caseId);
        assertThat(devices.findValuesAsText("mn")).as("the devices at the case's outlet, by MN")
                .containsExactly(STACK_ANALYSER.value(), OLD_ANALYSER.value());
        JsonNode analyser = device(devices, STACK_ANALYSER);
        assertThat(analyser.path("registryStatus").asText()).isEqualTo("SUSPENDED");
        assertThat(analyser.path("connected").asBoolean()).isTrue();
        assertThat(analyser.path("acceptedFrames").asLong()).isEqualTo(120);
        assertThat(analyser.path("rejectedFrames").path("CRC_MISMATCH").asLong()).isEqualTo(3);
        assertThat(Instant.parse(analyser.path("lastFrameAt").asText())).isEqualTo(ONSET.plusSeconds(180 - 30));
        assertThat(Instant.parse(analyser.path("asOf").asText())).isEqualTo(ONSET.plusSeconds(180));
        assertThat(device(devices, OLD_ANALYSER).path("registryStatus").asText()).isEqualTo("DECOMMISSIONED");

        publish(status(STACK_ANALYSER, ENTERPRISE, "DA001", DeviceRegistryStatus.ACTIVE, false, 121, 5));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode reinstated = device(devicesInEvidence(caseId), STACK_ANALYSER);
            assertThat(reinstated.path("registryStatus").asText()).isEqualTo("ACTIVE");
            assertThat(reinstated.path("connected").asBoolean()).isFalse();
            assertThat(reinstated.path("acceptedFrames").asLong()).isEqualTo(121);
        });
    }
}
