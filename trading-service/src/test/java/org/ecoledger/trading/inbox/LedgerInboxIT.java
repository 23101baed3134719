package org.ecoledger.trading.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.BANK_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.PAPER_MILL;
import static org.ecoledger.trading.support.TradingRequests.PAPER_MILL_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SICHUAN_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.allocation;
import static org.ecoledger.trading.support.TradingRequests.deposit;
import static org.ecoledger.trading.support.TradingRequests.order;
import static org.ecoledger.trading.support.TradingRequests.rules;

/**
 * Requests for rights as permit-service publishes them on {@code permit-events}, answered by the
 * ledger on {@code trading-events}, and blacklistings from {@code enforcement-events} closing the
 * market to a buyer, with real PostgreSQL and Kafka.
 */
class LedgerInboxIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of(POWER_PLANT);
    private static final RegionCode JINJIANG = RegionCode.of("510104");
    private static final Actor REVIEWER = Actor.reviewer("reviewer-chengdu", RegionCode.of("510100"));
    private static final int VINTAGE = 2028;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static RunningService trading;
    private static ApiClient api;
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> answers;
    private static final List<JsonNode> answered = new ArrayList<>();

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_permit_requests", Clock.systemUTC(),
                Map.of("ecoledger.trading.kafka.consumer-group", "trading-permit-requests-it"));
        api = trading.api();
        String bootstrap = RunningService.INFRASTRUCTURE.kafkaBootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
        answers = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        answers.subscribe(List.of(Topics.TRADING_EVENTS.name()));
    }

    @AfterAll
    static void stop() {
        answers.close();
        producer.close();
        trading.close();
    }

    @Test
    void aRequestDeliveredTwiceIsAnsweredOnceAndTheReviewersRetryAgain() throws Exception {
        PermitId permit = PermitId.of(UUID.randomUUID());
        PermitQuotaRequested request = request(permit, JINJIANG, Mass.ofTonnes("5"));
        String first = UUID.randomUUID().toString();
        publish(first, request);
        publish(first, request);
        publish(UUID.randomUUID().toString(), request);
        PermitId later = PermitId.of(UUID.randomUUID());
        publish(UUID.randomUUID().toString(), request(later, JINJIANG, Mass.ofTonnes("1")));

        // All four share a partition, and the answers of one area share one too: once the later permit is
        // answered, every answer to the three before it has been read.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(answersFor(later)).hasSize(1));
        assertThat(answersFor(permit)).hasSize(2).allSatisfy(answer -> {
            assertThat(answer.path("area").asText()).isEqualTo("sichuan");
            assertThat(answer.path("permitVersion").asInt()).isEqualTo(1);
            assertThat(answer.path("shortfall").path(0).path("quantity").asLong()).isEqualTo(5_000_000);
        });
    }

    @Test
    void heldRightsAreRetiredForThePermitAndLeaveTheAccount() throws Exception {
        assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN,
                allocation(POWER_PLANT, "NOX/510104/" + VINTAGE, 8_000, 0)).status()).isEqualTo(204);
        PermitId permit = PermitId.of(UUID.randomUUID());
        publish(UUID.randomUUID().toString(), new PermitQuotaRequested(permit, PermitNumber.of(ENTERPRISE, 7, ManagementClass.KEY), ENTERPRISE,
                JINJIANG, 1, List.of(new QuotaRequirement(Pollutant.NOX, VINTAGE, Mass.ofTonnes("6"))), REVIEWER, Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(answersFor(permit)).hasSize(1));
        JsonNode retired = answersFor(permit).get(0);
        assertThat(retired.path("retired").path(0).path("quotaClass").asText()).isEqualTo("NOX/510104/" + VINTAGE);
        assertThat(retired.path("retired").path(0).path("quantity").asLong()).isEqualTo(6_000_000);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/trading/accounts/" + POWER_PLANT, POWER_PLANT_TOKEN)
                .body().path("holdings").findValuesAsText("availableGrams")).contains("2000000"));
    }

    @Test
    void aRequestFromARegionOfNoTradingAreaIsCountedAndLeftUnanswered() throws Exception {
        PermitId beijing = PermitId.of(UUID.randomUUID());
        PermitId jinjiang = PermitId.of(UUID.randomUUID());
        publish(UUID.randomUUID().toString(), request(beijing, RegionCode.of("110105"), Mass.ofTonnes("1")));
        publish(UUID.randomUUID().toString(), request(jinjiang, JINJIANG, Mass.ofTonnes("1")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(answersFor(jinjiang)).hasSize(1));
        assertThat(answersFor(beijing)).isEmpty();
        assertThat(trading.bean(MeterRegistry.class).counter("ecoledger.trading.permit-requests", "outcome", "no-area").count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRequestWhoseEventIdHeaderHasNoValueIsPassedOverAndTheRequestsAfterItAreAnswered() throws Exception {
        PermitId unnamed = PermitId.of(UUID.randomUUID());
        PermitId after = PermitId.of(UUID.randomUUID());
        PermitQuotaRequested request = request(unnamed, JINJIANG, Mass.ofTonnes("1"));
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, null)
                .add(EventHeaders.EVENT_TYPE, Topics.PERMIT_EVENTS.wireNameOf(PermitQuotaRequested.class).getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(Topics.PERMIT_EVENTS.name(), null, request.enterpriseId().value(), JSON.writeValueAsBytes(request),
                headers)).get();
        publish(UUID.randomUUID().toString(), request(after, JINJIANG, Mass.ofTonnes("1")));

        // Same enterprise, same partition: the later request is answered only once the loop has got past the first.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(answersFor(after)).hasSize(1));
        assertThat(answersFor(unnamed)).isEmpty();
        assertThat(trading.bean(MeterRegistry.class).counter("ecoledger.trading.permit-requests", "outcome", "unreadable").count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBlacklistedEnterpriseCannotBuyUntilTheBlacklistingIsLifted() throws Exception {
        EnterpriseId paperMill = EnterpriseId.of(PAPER_MILL);
        assertThat(api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + PAPER_MILL + "/deposits", BANK_TOKEN, deposit(1_000_000)).status()).isEqualTo(204);
        publish(Topics.ENFORCEMENT_EVENTS, UUID.randomUUID().toString(), paperMill, new EnterpriseBlacklisted(
                paperMill, RegionCode.of("510700"), 2027, "credit level black", Actor.system("credit-rating"), Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var refused = api.post("/api/trading/orders", PAPER_MILL_TOKEN, order(PAPER_MILL, "bl-" + UUID.randomUUID().toString().substring(0, 8), "BUY", 60, 10));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("reason").asText()).isEqualTo("BUYING_RESTRICTED");
        });

        publish(Topics.ENFORCEMENT_EVENTS, UUID.randomUUID().toString(), paperMill, new BlacklistingLifted(
                paperMill, RegionCode.of("510700"), "rectified", Actor.reviewer("reviewer-mianyang", RegionCode.of("510700")), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.post("/api/trading/orders", PAPER_MILL_TOKEN,
                order(PAPER_MILL, "ok-" + UUID.randomUUID().toString().substring(0, 8), "BUY", 60, 10)).status()).isEqualTo(201));
    }

    private static PermitQuotaRequested request(PermitId permit, RegionCode region, Mass so2) {
        return new PermitQuotaRequested(permit, PermitNumber.of(ENTERPRISE, 3, ManagementClass.KEY), ENTERPRISE, region, 1,
                List.of(new QuotaRequirement(Pollutant.SO2, VINTAGE, so2)), REVIEWER, Instant.now());
    }

    private static void publish(String eventId, PermitQuotaRequested event) throws Exception {
        publish(Topics.PERMIT_EVENTS, eventId, event.enterpriseId(), event);
    }

    /** As permit-service's publishers send them: keyed by the enterprise, with the event's ID and pinned type. */
    private static void publish(Topic topic, String eventId, EnterpriseId key, Object event) throws Exception {
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, topic.wireNameOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(topic.name(), null, key.value(), JSON.writeValueAsBytes(event), headers)).get();
    }

    /** The ledger's answers (retired or short) to one permit's requests, distinct by event ID. */
    private static synchronized List<JsonNode> answersFor(PermitId permit) throws Exception {
        for (ConsumerRecord<String, byte[]> record : answers.poll(Duration.ofMillis(500))) {
            String type = new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
            if (type.equals("quota-retired-for-permit") || type.equals("quota-commitment-fell-short")) {
                answered.add(((ObjectNode) JSON.readTree(record.value())).put("eventId",
                        new String(record.headers().lastHeader(EventHeaders.EVENT_ID).value(), StandardCharsets.UTF_8)));
            }
        }
        Set<String> ids = new HashSet<>();
        return answered.stream()
                .filter(a -> a.path("permitId").asText().equals(permit.value()))
                .filter(a -> ids.add(a.path("eventId").asText()))
                .toList();
    }
}
