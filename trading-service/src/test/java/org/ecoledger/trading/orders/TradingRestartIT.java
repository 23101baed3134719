package org.ecoledger.trading.orders;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.*;

/**
 * Stops the service while clients place crossing orders, starts it again on the same database,
 * and lets the clients send every order again (same client order IDs): no acknowledged order is
 * lost, none is placed twice, no trade is settled twice, and rights and cash still add up. The
 * ledger is snapshotted every 25 events, so the restart loads it from a snapshot.
 */
class TradingRestartIT {

    private static final int ORDERS = 120;
    private static final long DEPOSIT = 50_000_000;

    @Test
    void noAcknowledgedOrderIsLostAndNoTradeIsSettledTwiceAcrossARestart() throws Exception {
        Map<String, Object> settings = Map.of("ecoledger.trading.snapshot-every", "25");
        RunningService trading = RunningTradingService.start("trading_restart", Clock.systemUTC(), settings);
        ApiClient api = trading.api();
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        for (String enterprise : new String[] {POWER_PLANT, PAPER_MILL}) {
            assertThat(api.post("/api/trading/accounts/" + enterprise + "/deposits", BANK_TOKEN, deposit(DEPOSIT)).status()).isEqualTo(204);
            assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(enterprise, SO2_CHENGDU_2027, 10_000, 0)).status())
                    .isEqualTo(204);
        }

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < ORDERS; i++) {
            int n = i;
            clients.submit(() -> {
                try {
                    var response = api.post("/api/trading/orders", tokenOf(n), orderNumber(n));
                    if (response.status() == 201) {
                        acknowledged.add(clientOrderId(n));
                    }
                } catch (RuntimeException connectionLost) {
                    // the service went away mid-request: this order was not acknowledged
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= ORDERS / 3);
        // taken from the ledger in memory while orders go on arriving; the restart loads the ledger from it
        JdbcTemplate database = new JdbcTemplate(trading.bean(DataSource.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> database.queryForObject(
                "SELECT count(*) FROM SnapshotEventEntry WHERE type = 'TradingLedger' AND sequenceNumber >= 25", Long.class) > 0);
        trading.stop();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        trading.start();
        ApiClient again = trading.api();
        for (int n = 0; n < ORDERS; n++) {
            var response = again.post("/api/trading/orders", tokenOf(n), orderNumber(n));
            assertThat(response.status()).isIn(200, 201);
            if (acknowledged.contains(clientOrderId(n))) {
                assertThat(response.status()).as("order %s was acknowledged before the restart", clientOrderId(n)).isEqualTo(200);
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode buyerOrders = again.get("/api/trading/accounts/" + POWER_PLANT + "/orders?limit=1000", POWER_PLANT_TOKEN).body();
            JsonNode sellerOrders = again.get("/api/trading/accounts/" + PAPER_MILL + "/orders?limit=1000", PAPER_MILL_TOKEN).body();
            assertThat(buyerOrders.size() + sellerOrders.size()).isEqualTo(ORDERS);
            Set<String> clientIds = new HashSet<>();
            buyerOrders.forEach(o -> clientIds.add(o.path("clientOrderId").asText()));
            sellerOrders.forEach(o -> clientIds.add(o.path("clientOrderId").asText()));
            assertThat(clientIds).hasSize(ORDERS);

            JsonNode trades = again.get("/api/trading/accounts/" + POWER_PLANT + "/trades?limit=1000", POWER_PLANT_TOKEN).body();
            Set<Long> sequences = new HashSet<>();
            long tradedGrams = 0;
            long tradedFen = 0;
            for (JsonNode trade : trades) {
                assertThat(sequences.add(trade.path("tradeSequence").asLong())).isTrue();
                tradedGrams += trade.path("quantityGrams").asLong();
                tradedFen += trade.path("valueFen").asLong();
            }
            JsonNode buyer = again.get("/api/trading/accounts/" + POWER_PLANT, POWER_PLANT_TOKEN).body();
            JsonNode seller = again.get("/api/trading/accounts/" + PAPER_MILL, PAPER_MILL_TOKEN).body();
            assertThat(total(buyer) + total(seller)).isEqualTo(2 * DEPOSIT);
            assertThat(total(seller)).isEqualTo(DEPOSIT + tradedFen);
            assertThat(grams(buyer)).isEqualTo(10_000_000 + tradedGrams);
            assertThat(grams(buyer) + grams(seller)).isEqualTo(20_000_000);
        });
        trading.close();
    }

    private static long total(JsonNode account) {
        return account.path("availableFen").asLong() + account.path("reservedFen").asLong();
    }

    private static long grams(JsonNode account) {
        long sum = 0;
        for (JsonNode holding : account.path("holdings")) {
            sum += holding.path("availableGrams").asLong() + holding.path("reservedGrams").asLong();
        }
        return sum;
    }

    private static String tokenOf(int n) {
        return n % 2 == 0 ? POWER_PLANT_TOKEN : PAPER_MILL_TOKEN;
    }

    private static String clientOrderId(int n) {
        return "restart-" + n;
    }

    /** Buyers at 60–69 and sellers at 55–64 fen/kg, so that most orders cross. */
    private static Map<String, Object> orderNumber(int n) {
        return n % 2 == 0
                ? order(POWER_PLANT, clientOrderId(n), "BUY", 60 + n % 10, 10 + n % 7)
                : order(PAPER_MILL, clientOrderId(n), "SELL", 55 + n % 10, 10 + n % 5);
    }
}
