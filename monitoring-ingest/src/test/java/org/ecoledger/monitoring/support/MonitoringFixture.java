package org.ecoledger.monitoring.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.ConcentrationUnit;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.monitoring.MonitoringIngestApplication;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/** Enterprises, permits and the permit-service's side of Kafka, as monitoring sees them. */
public final class MonitoringFixture {

    public static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private MonitoringFixture() {
    }

    public static PermitIssued coalPlantPermit(EnterpriseId enterprise, RegionCode region, String so2Tonnes) {
        var limits = List.of(
                new ConcentrationLimit(Pollutant.SO2, Concentration.of("35", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"),
                new ConcentrationLimit(Pollutant.NOX, Concentration.of("50", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"));
        var terms = new PermitTerms(List.of(new OutletPermit(OutletCode.of("DA001"), "atmosphere", limits)),
                List.of(new AnnualTotal(Pollutant.SO2, Mass.ofTonnes(so2Tonnes)), new AnnualTotal(Pollutant.NOX, Mass.ofTonnes("180"))));
        return new PermitIssued(PermitId.of(UUID.randomUUID()), PermitNumber.of(enterprise, 1, ManagementClass.KEY), enterprise, region,
                ManagementClass.KEY, new Validity(LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31")), 1, terms, "issued",
                Actor.reviewer("reviewer-chengdu", RegionCode.of("510100")), Instant.parse("2026-01-01T00:00:00Z"));
    }

    /**
     * Starts monitoring-ingest on the shared PostgreSQL and Kafka, with its data in {@code schema},
     * an accounting of its own (a new application ID, so it reads every topic from the start, and
     * its state in {@code stateDirectory}, which the caller deletes once the service is closed) and
     * the HJ 212 server on a free port.
     */
    public static RunningService startWithOwnAccounting(String schema, Path stateDirectory) {
        Map<String, Object> settings = Map.of(
                "ecoledger.hj212.port", "0",
                "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                "ecoledger.accounting.state-directory", stateDirectory.toString(),
                "ecoledger.accounting.accounts-interval", "PT2S");
        return RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME, schema, Clock.systemUTC(),
                settings);
    }

    /**
     * Registers a device as soon as monitoring has learnt of the enterprise's permit from Kafka,
     * and waits until the registry serves it; answers the device's password.
     */
    public static String registerWhenThePermitIsKnown(ApiClient api, String token, Map<String, Object> registration) {
        var password = new AtomicReference<String>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = api.post("/api/devices", token, registration);
            password.set(response.text("password"));
            return response.status() == 201;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/devices/" + registration.get("mn"), token).status() == 200);
        return password.get();
    }

    /** Publishes a permit event exactly as permit-service does: JSON, keyed by enterprise, with its wire name and ID. */
    public static void publish(PermitIntegrationEvent event) throws Exception {
        publish(Topics.PERMIT_EVENTS, event.enterpriseId().value(), event, UUID.randomUUID().toString());
    }

    /** Publishes an event as the services do: JSON, with its wire name on the topic and the given event ID. */
    public static void publish(Topic topic, String key, Object event, String eventId) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            var headers = new RecordHeaders()
                    .add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8))
                    .add(EventHeaders.EVENT_TYPE, topic.wireNameOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(topic.name(), null, key, JSON.writeValueAsBytes(event), headers)).get();
        }
    }
}
