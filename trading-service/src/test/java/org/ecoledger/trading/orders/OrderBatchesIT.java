package org.ecoledger.trading.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.*;

/** Order batches over HTTP, PostgreSQL and Kafka: each item decided and recorded as if it had come alone. */
class OrderBatchesIT {

    private static final String BATCHES = "/api/trading/order-batches";

    private static RunningService trading;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_batches");
        api = trading.api();
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        api.post("/api/trading/accounts/" + PAPER_MILL + "/deposits", BANK_TOKEN, deposit(10_000_00));
        api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, SO2_CHENGDU_2027, 5_000, 0));
        api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(5_000_000_00));
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void aBatchCancelsFirstThenPlacesInOrderAndEachItemIsAnsweredAsIfSentAlone() {
        var resting = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "batch-old-bid", "BUY", 70, 100));
        assertThat(resting.status()).isEqualTo(201);
        String restingId = resting.body().path("orderId").asText();
        api.post("/api/trading/orders", PAPER_MILL_TOKEN, order(PAPER_MILL, "batch-ask", "SELL", 80, 300));

        var batch = api.post(BATCHES, POWER_PLANT_TOKEN, batch(POWER_PLANT, List.of(restingId),
                line("batch-take", "BUY", 85, 200), line("batch-cheap", "BUY", 10, 1), line("batch-rest", "BUY", 75, 50)));

        assertThat(batch.status()).isEqualTo(200);
        JsonNode cancellation = batch.body().path("cancellations").path(0);
        assertThat(cancellation.path("orderId").asText()).isEqualTo(restingId);
        assertThat(cancellation.hasNonNull("refusal")).isFalse();
        JsonNode orders = batch.body().path("orders");
        assertThat(orders).hasSize(3);
        // the taker bought at the ask's price, 80, and the 5 fen/kg above it came back
        assertThat(orders.path(0).path("receipt").path("trades")).hasSize(1);
        assertThat(orders.path(0).path("receipt").path("trades").path(0).path("price").asLong()).isEqualTo(80);
        assertThat(orders.path(1).hasNonNull("receipt")).isFalse();
        assertThat(orders.path(1).path("refusal").path("reason").asText()).isEqualTo("BELOW_FLOOR_PRICE");
        assertThat(orders.path(2).path("receipt").path("resting").asLong()).isEqualTo(50_000);

        // the cancellation went first, so the new bid at 75 is the best and the old one at 70 is gone
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode depth = api.get("/api/public/trading/markets/SO2/510100/2027/depth", null).body();
            assertThat(depth.path("bids").path(0).path("price").asLong()).isEqualTo(75);
            assertThat(depth.path("bids").findValues("price")).extracting(JsonNode::asLong).doesNotContain(70L);
            assertThat(depth.path("asks").path(0).path("quantityGrams").asLong()).isEqualTo(100_000);
        });
    }

    @Test
    void aBatchSentAgainPlacesNothingTwiceAndItsCancellationsAreRefusedAsNotOpen() {
        var first = api.post(BATCHES, PAPER_MILL_TOKEN, batch(PAPER_MILL, List.of(), line("again-ask", "SELL", 500, 10)));
        assertThat(first.status()).isEqualTo(200);
        String orderId = first.body().path("orders").path(0).path("receipt").path("orderId").asText();
        Map<String, Object> cancelAndPlace = batch(PAPER_MILL, List.of(orderId), line("again-ask", "SELL", 500, 10));

        var retried = api.post(BATCHES, PAPER_MILL_TOKEN, cancelAndPlace);
        var retriedAgain = api.post(BATCHES, PAPER_MILL_TOKEN, cancelAndPlace);

        assertThat(retried.body().path("cancellations").path(0).hasNonNull("refusal")).isFalse();
        assertThat(retried.body().path("orders").path(0).path("receipt").path("repeated").asBoolean()).isTrue();
        assertThat(retried.body().path("orders").path(0).path("receipt").path("orderId").asText()).isEqualTo(orderId);
        assertThat(retriedAgain.body().path("cancellations").path(0).path("refusal").path("reason").asText()).isEqualTo("ORDER_NOT_OPEN");
        assertThat(retriedAgain.body().path("orders").path(0).path("receipt").path("repeated").asBoolean()).isTrue();
    }

    @Test
    void aMalformedItemRefusesTheWholeBatchBeforeAnythingIsDecided() {
        var malformed = api.post(BATCHES, POWER_PLANT_TOKEN, batch(POWER_PLANT, List.of(),
                line("malformed-first", "BUY", 60, 1), Map.of("clientOrderId", "malformed-second", "quotaClass", "SO2-510100",
                        "side", "BUY", "limitPrice", 60, "quantityKilograms", 1)));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        // the first order was never placed: placed now, it is new, not a repetition
        var first = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "malformed-first", "BUY", 60, 1));
        assertThat(first.status()).isEqualTo(201);
        assertThat(api.post(BATCHES, POWER_PLANT_TOKEN, Map.of("enterprise", POWER_PLANT, "orders", List.of())).status())
                .isEqualTo(400);
    }

    @Test
    void aBatchLargerThanTheLimitIsABadRequest() {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i <= OrderBatchController.MOST_ITEMS; i++) {
            lines.add(line("too-many-" + i, "BUY", 60, 1));
        }
        var tooMany = api.post(BATCHES, POWER_PLANT_TOKEN, Map.of("enterprise", POWER_PLANT, "cancellations", List.of(), "orders", lines));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anEnterpriseSendsBatchesForItsOwnAccountOnlyAndTheBureauSendsNone() {
        Map<String, Object> sell = batch(PAPER_MILL, List.of(), line("not-mine", "SELL", 90, 1));
        assertThat(api.post(BATCHES, POWER_PLANT_TOKEN, sell).status()).isEqualTo(403);
        assertThat(api.post(BATCHES, SICHUAN_REVIEWER_TOKEN, sell).status()).isEqualTo(403);
        assertThat(api.post(BATCHES, null, sell).status()).isEqualTo(401);
    }

    private static Map<String, Object> batch(String enterprise, List<String> cancellations, Map<?, ?>... orders) {
        return Map.of("enterprise", enterprise, "cancellations", cancellations, "orders", List.of(orders));
    }

    private static Map<String, Object> line(String clientOrderId, String side, long price, long kilograms) {
        return Map.of("clientOrderId", clientOrderId, "quotaClass", SO2_CHENGDU_2027, "side", side, "limitPrice", price,
                "quantityKilograms", kilograms);
    }
}
