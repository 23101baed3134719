package org.ecoledger.trading.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.*;

/** Allocate, place, match, settle and see the trade on Kafka: the whole trading path over HTTP, PostgreSQL and Kafka. */
class TradingEndToEndIT {

    private static RunningService trading;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_e2e");
        api = trading.api();
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void anAllocatedSellerAndAFundedBuyerTradeAndTheSettlementIsPublished() throws IOException {
        // Other tests in this JVM publish trades of the same area and order numbers: read only what comes after this point.
        KafkaConsumer<String, byte[]> consumer = tradingEventsFromNow();
        assertThat(api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + PAPER_MILL + "/deposits", BANK_TOKEN, deposit(10_000_00)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, SO2_CHENGDU_2027, 2_000, 1_000_00)).status())
                .isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(500_000_00)).status()).isEqualTo(204);

        var ask = api.post("/api/trading/orders", PAPER_MILL_TOKEN, order(PAPER_MILL, "ask-1", "SELL", 90, 1_500));
        assertThat(ask.status()).isEqualTo(201);
        var bid = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "bid-1", "BUY", 100, 1_000));
        assertThat(bid.status()).isEqualTo(201);
        assertThat(bid.body().path("trades")).hasSize(1);
        assertThat(bid.body().path("trades").path(0).path("price").asLong()).isEqualTo(90);

        // the buyer paid 90 × 1000 fen and the 10 fen/kg above the trade price came back to its available cash;
        // the seller paid a fee of 1000 yuan per tonne for its 2 t
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode buyer = api.get("/api/trading/accounts/" + POWER_PLANT, POWER_PLANT_TOKEN).body();
            assertThat(buyer.path("availableFen").asLong()).isEqualTo(500_000_00 - 90 * 1_000);
            assertThat(buyer.path("reservedFen").asLong()).isZero();
            assertThat(buyer.path("holdings").path(0).path("availableGrams").asLong()).isEqualTo(1_000_000);
            JsonNode seller = api.get("/api/trading/accounts/" + PAPER_MILL, PAPER_MILL_TOKEN).body();
            assertThat(seller.path("availableFen").asLong()).isEqualTo(10_000_00 - 2 * 1_000_00 + 90 * 1_000);
            assertThat(seller.path("holdings").path(0).path("reservedGrams").asLong()).isEqualTo(500_000);
        });
        assertThat(api.get("/api/public/trading/markets/SO2/510100/2027/depth", null).body().path("asks").path(0).path("quantityGrams").asLong())
                .isEqualTo(500_000);

        List<ConsumerRecord<String, byte[]>> settled = awaitTradesOnKafka(consumer, bid.body().path("orderId").asText());
        JsonNode trade = new ObjectMapper().readTree(settled.get(0).value());
        assertThat(trade.path("buyer").asText()).isEqualTo(POWER_PLANT);
        assertThat(trade.path("seller").asText()).isEqualTo(PAPER_MILL);
        assertThat(trade.path("quantity").asLong()).isEqualTo(1_000_000);
        assertThat(trade.path("value").asLong()).isEqualTo(90_000);
    }

    @Test
    void aPublishedEventIsKeyedByItsAreaStampedWithItsTimeAndWrittenAsThePublishedLanguageWritesIt() throws IOException {
        // enterprises of their own: the other tests check the power plant's and the paper mill's balances to the fen
        String seller = enterprise("91510104MA6CXL011");
        String buyer = enterprise("91510104MA6CXL020");
        String sellerToken = RunningService.tokenFor(LocalUser.enterprise("publishing-seller", seller));
        String buyerToken = RunningService.tokenFor(LocalUser.enterprise("publishing-buyer", buyer));
        KafkaConsumer<String, byte[]> consumer = tradingEventsFromNow();
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        api.post("/api/trading/accounts/" + seller + "/deposits", BANK_TOKEN, deposit(1_000_00));
        api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(seller, SO2_CHENGDU_2027, 10, 0));
        api.post("/api/trading/accounts/" + buyer + "/deposits", BANK_TOKEN, deposit(100_000_00));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // priced under every other test's asks, so that the bid takes this one
        assertThat(api.post("/api/trading/orders", sellerToken, order(seller, "ask-" + suffix, "SELL", 51, 1)).status()).isEqualTo(201);
        var bid = api.post("/api/trading/orders", buyerToken, order(buyer, "bid-" + suffix, "BUY", 51, 1));
        assertThat(bid.body().path("trades")).hasSize(1);

        ConsumerRecord<String, byte[]> record = awaitTradesOnKafka(consumer, bid.body().path("orderId").asText()).get(0);
        // the value is forwarded from the event store: it must be what the service's own mapper writes for the event
        ObjectMapper serviceJson = trading.bean(ObjectMapper.class);
        TradeSettled event = serviceJson.readValue(record.value(), TradeSettled.class);
        assertThat(record.value()).isEqualTo(serviceJson.writeValueAsBytes(event));
        assertThat(record.key()).isEqualTo(event.area().value()).isEqualTo("sichuan");
        assertThat(header(record, EventHeaders.OCCURRED_AT)).isEqualTo(event.at().toString());
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
    }

    private static String enterprise(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void anOrderIsCancelledByItsOwnerAtOnceAndOnlyOnce() {
        // an enterprise of its own: the other tests check the power plant's and the paper mill's balances to the fen
        String trader = enterprise("91510104MA6CXL003");
        String token = RunningService.tokenFor(LocalUser.enterprise("cancelling-trader", trader));
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        api.post("/api/trading/accounts/" + trader + "/deposits", BANK_TOKEN, deposit(1_000_00));
        var bid = api.post("/api/trading/orders", token, order(trader, "cancel-" + UUID.randomUUID().toString().substring(0, 8), "BUY", 60, 1));
        assertThat(bid.status()).isEqualTo(201);
        String orderPath = "/api/trading/orders/" + bid.body().path("orderId").asText();

        // no wait for the read model: the ledger itself knows the order and its owner
        assertThat(api.delete(orderPath, PAPER_MILL_TOKEN).status()).isEqualTo(403);
        assertThat(api.delete(orderPath, token).status()).isEqualTo(204);
        var again = api.delete(orderPath, token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("reason").asText()).isEqualTo("ORDER_NOT_OPEN");
        assertThat(api.delete("/api/trading/orders/atlantis-1", token).status()).isEqualTo(404);
    }

    @Test
    void anEnterpriseSeesAndTradesOnlyForItsOwnAccount() {
        assertThat(api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(PAPER_MILL, "not-mine", "SELL", 90, 1)).status()).isEqualTo(403);
        assertThat(api.get("/api/trading/accounts/" + PAPER_MILL, POWER_PLANT_TOKEN).status()).isEqualTo(403);
        assertThat(api.get("/api/trading/accounts/" + PAPER_MILL + "/orders", POWER_PLANT_TOKEN).status()).isEqualTo(403);
        assertThat(api.post("/api/trading/allocations", POWER_PLANT_TOKEN, allocation(POWER_PLANT, SO2_CHENGDU_2027, 1, 0)).status()).isEqualTo(403);
        assertThat(api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", POWER_PLANT_TOKEN, deposit(1)).status()).isEqualTo(403);
    }

    @Test
    void theBureauAllocatesOnlyInItsOwnRegion() {
        var outside = api.post("/api/trading/allocations", MIANYANG_REVIEWER_TOKEN, allocation(POWER_PLANT, SO2_CHENGDU_2027, 1, 0));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefusedOrderIsAConflictWithItsReasonAndMalformedOneABadRequest() {
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        var belowFloor = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "cheap-" + UUID.randomUUID().toString().substring(0, 8), "BUY", 10, 1));
        assertThat(belowFloor.status()).isEqualTo(409);
        assertThat(belowFloor.body().path("reason").asText()).isEqualTo("BELOW_FLOOR_PRICE");
        var malformed = api.post("/api/trading/orders", POWER_PLANT_TOKEN, Map.of("enterprise", POWER_PLANT, "clientOrderId", "x",
                "quotaClass", "SO2-510100", "side", "BUY", "limitPrice", 1, "quantityKilograms", 1));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.post("/api/public/trading/markets", null, Map.of()).status()).isIn(401, 403);
    }

    private static KafkaConsumer<String, byte[]> tradingEventsFromNow() {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                "bootstrap.servers", RunningService.INFRASTRUCTURE.kafkaBootstrapServers()))) {
            org.ecoledger.support.kafka.TopicProvisioning.ensure(admin, List.of(Topics.TRADING_EVENTS), Duration.ofSeconds(30));
        } catch (Exception e) {
            throw new IllegalStateException("the trading-events topic could not be created", e);
        }
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        var partitions = consumer.partitionsFor(Topics.TRADING_EVENTS.name()).stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** The trade-settled records of one buy order, read by a consumer positioned before the order was placed. */
    private static List<ConsumerRecord<String, byte[]>> awaitTradesOnKafka(KafkaConsumer<String, byte[]> consumer, String buyOrderId) {
        ObjectMapper json = new ObjectMapper();
        List<ConsumerRecord<String, byte[]>> trades = new ArrayList<>();
        try (consumer) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode payload = json.readTree(record.value());
                    if (header(record, EventHeaders.EVENT_TYPE).equals("trade-settled") && payload.path("buyOrderId").asText().equals(buyOrderId)) {
                        trades.add(record);
                    }
                }
                return !trades.isEmpty();
            });
        }
        return trades;
    }
}
