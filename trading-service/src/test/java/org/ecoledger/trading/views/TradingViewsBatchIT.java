package org.ecoledger.trading.views;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.trading.support.RunningTradingService;
import org.ecoledger.trading.views.TradingViews.AccountView;
import org.ecoledger.trading.views.TradingViews.Candle;
import org.ecoledger.trading.views.TradingViews.Holding;
import org.ecoledger.trading.views.TradingViews.OrderView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.*;

/**
 * The read model handles a processor batch as a whole: the moves of many events to the same
 * account, order and candle are added up and written once, and end where event-by-event handling
 * ends; a replay in other batches rebuilds the same tables.
 */
class TradingViewsBatchIT {

    private static final String BUYER = enterprise("91510104MA6TWB004");
    private static final String SELLER = enterprise("91510104MA6TWE005");
    private static final String BUYER_TOKEN = RunningService.tokenFor(LocalUser.enterprise("views-buyer", BUYER));
    private static final String SELLER_TOKEN = RunningService.tokenFor(LocalUser.enterprise("views-seller", SELLER));
    private static final String MARKET = "SO2/510100/2027";
    private static final List<String> TABLES = List.of("account_cash ORDER BY owner", "account_holding ORDER BY owner, quota_class",
            "trading_order ORDER BY order_id", "market_depth ORDER BY quota_class, side, limit_price", "trade ORDER BY area, trade_sequence", "market_day ORDER BY quota_class, trading_day",
            "market ORDER BY quota_class", "auction_bid ORDER BY auction_id, bid_sequence");

    private static RunningService trading;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_views");
        api = trading.api();
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void movesOfOneBatchToTheSameAccountsAddUpToWhatTheLedgerMoved() {
        assertThat(api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + BUYER + "/deposits", BANK_TOKEN, deposit(100_000)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + SELLER + "/deposits", BANK_TOKEN, deposit(300_000)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(SELLER, MARKET, 2_000, 100_000)).status())
                .isEqualTo(204);
        // a resting bid from an earlier batch: its limit price is read from the table when trades fill it
        String bid0 = place(BUYER_TOKEN, BUYER, "bid-0", "BUY", 100, 5);
        awaitCaughtUp();

        views().shutDown();
        // everything below waits in the event store and reaches the read model in one batch
        assertThat(api.post("/api/trading/accounts/" + BUYER + "/deposits", BANK_TOKEN, deposit(10_000)).status()).isEqualTo(204);
        String ask1 = place(SELLER_TOKEN, SELLER, "ask-1", "SELL", 90, 2);          // 2 kg at 100 from bid-0
        String bid1 = place(BUYER_TOKEN, BUYER, "bid-1", "BUY", 95, 4);             // rests
        String ask2 = place(SELLER_TOKEN, SELLER, "ask-2", "SELL", 90, 6);          // 3 kg at 100 from bid-0, 3 kg at 95 from bid-1
        assertThat(api.post("/api/trading/accounts/" + BUYER + "/withdrawals", BANK_TOKEN, deposit(1_000)).status()).isEqualTo(204);
        String bid2 = place(BUYER_TOKEN, BUYER, "bid-2", "BUY", 60, 10);            // rests
        // the restriction cancels bid-1's last kilogram and bid-2; it is written with whatever is pending before it
        assertThat(api.put("/api/trading/accounts/" + BUYER + "/buying-restriction", ADMIN_TOKEN,
                Map.of("restricted", true, "reason", "test")).status()).isEqualTo(204);
        assertThat(api.put("/api/trading/accounts/" + BUYER + "/buying-restriction", ADMIN_TOKEN,
                Map.of("restricted", false, "reason", "test")).status()).isEqualTo(204);
        String bid3 = place(BUYER_TOKEN, BUYER, "bid-3", "BUY", 70, 1);
        assertThat(api.delete("/api/trading/orders/" + bid3, BUYER_TOKEN).status()).isEqualTo(204);
        String ask3 = place(SELLER_TOKEN, SELLER, "ask-3", "SELL", 80, 1);          // rests
        views().start();

        TradingViews read = trading.bean(TradingViews.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // paid 2 × 100 + 3 × 100 + 3 × 95 fen; every reservation given back
            assertThat(read.account(BUYER)).contains(new AccountView(BUYER, 100_000 + 10_000 - 1_000 - 785, 0, false,
                    List.of(new Holding(MARKET, 8_000, 0))));
            // a fee of 1,000 yuan a tonne for 2 t, 785 fen for 8 kg, 1 kg of what is left offered
            assertThat(read.account(SELLER)).contains(new AccountView(SELLER, 300_000 - 200_000 + 785, 0, false,
                    List.of(new Holding(MARKET, 2_000_000 - 9_000, 1_000))));
        });
        assertThat(read.account("reserve:510100").map(AccountView::availableFen)).contains(200_000L);
        assertThat(state(read, bid0)).isEqualTo("FILLED 0 null");
        assertThat(state(read, bid1)).isEqualTo("CANCELLED 0 BUYING_RESTRICTED");
        assertThat(state(read, bid2)).isEqualTo("CANCELLED 0 BUYING_RESTRICTED");
        assertThat(state(read, bid3)).isEqualTo("CANCELLED 0 OWNER_REQUEST");
        assertThat(state(read, ask1)).isEqualTo("FILLED 0 null");
        assertThat(state(read, ask2)).isEqualTo("FILLED 0 null");
        assertThat(state(read, ask3)).isEqualTo("OPEN 1000 null");
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        assertThat(read.candles(QuotaClass.parse(MARKET), today.minusDays(1), today.plusDays(1)))
                .containsExactly(new Candle(today, 100, 100, 95, 95, 8_000, 785, 3));
        assertThat(read.markets()).filteredOn(market -> market.quotaClass().equals(MARKET))
                .singleElement().satisfies(market -> assertThat(market.lastPrice()).isEqualTo(95));
        assertThat(read.depth(QuotaClass.parse(MARKET), 5))
                .isEqualTo(new TradingViews.Depth(MARKET, List.of(), List.of(new TradingViews.PriceLevel(80, 1_000, 1))));
    }

    @Test
    void eachPriceLevelHoldsWhatItsOpenOrdersLeaveAfterTheFillsAndCancellationsOfABatch() {
        String market = "SO2/510100/2029";
        assertThat(api.put("/api/trading/markets/SO2/510100/2029/rules", SICHUAN_REVIEWER_TOKEN, rules(30)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(10_000)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, market, 100, 0)).status())
                .isEqualTo(204);
        place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-a", "SELL", 50, 4, market);
        String askB = place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-b", "SELL", 50, 3, market);
        place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-c", "SELL", 55, 2, market);
        String askE = place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-e", "SELL", 55, 1, market);
        place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-f", "SELL", 52, 3, market);
        String bidA = place(POWER_PLANT_TOKEN, POWER_PLANT, "depth-bid-a", "BUY", 40, 5, market);
        awaitCaughtUp();
        TradingViews read = trading.bean(TradingViews.class);
        assertThat(read.depth(QuotaClass.parse(market), 5)).isEqualTo(new TradingViews.Depth(market,
                List.of(new TradingViews.PriceLevel(40, 5_000, 1)),
                List.of(new TradingViews.PriceLevel(50, 7_000, 2), new TradingViews.PriceLevel(52, 3_000, 1),
                        new TradingViews.PriceLevel(55, 3_000, 2))));

        views().shutDown();
        // one batch: orders of earlier batches filled, partly filled then cancelled, cancelled; new ones resting, filled, cancelled
        place(POWER_PLANT_TOKEN, POWER_PLANT, "depth-bid-b", "BUY", 50, 5, market);   // 4 kg from ask-a, 1 kg from ask-b
        assertThat(api.delete("/api/trading/orders/" + askB, PAPER_MILL_TOKEN).status()).isEqualTo(204);
        place(POWER_PLANT_TOKEN, POWER_PLANT, "depth-bid-c", "BUY", 45, 3, market);
        assertThat(api.delete("/api/trading/orders/" + bidA, POWER_PLANT_TOKEN).status()).isEqualTo(204);
        place(PAPER_MILL_TOKEN, PAPER_MILL, "depth-ask-d", "SELL", 55, 1, market);
        String bidD = place(POWER_PLANT_TOKEN, POWER_PLANT, "depth-bid-d", "BUY", 35, 2, market);
        assertThat(api.delete("/api/trading/orders/" + bidD, POWER_PLANT_TOKEN).status()).isEqualTo(204);
        assertThat(api.delete("/api/trading/orders/" + askE, PAPER_MILL_TOKEN).status()).isEqualTo(204);
        place(POWER_PLANT_TOKEN, POWER_PLANT, "depth-bid-g", "BUY", 52, 1, market);   // 1 kg from ask-f, which stays open
        views().start();
        awaitCaughtUp();

        assertThat(read.depth(QuotaClass.parse(market), 5)).isEqualTo(new TradingViews.Depth(market,
                List.of(new TradingViews.PriceLevel(45, 3_000, 1)),
                List.of(new TradingViews.PriceLevel(52, 2_000, 1), new TradingViews.PriceLevel(55, 3_000, 2))));
        assertThat(depthTable()).isEqualTo(depthOfOpenOrders());
    }

    @Test
    void aReplayFromTheStartRebuildsTheSameTables() {
        // trading handled as it comes, in small batches; the replay then takes it in large ones
        // (free rights, so that the region's reserve holds only the other test's fees)
        assertThat(api.put("/api/trading/markets/SO2/510100/2028/rules", SICHUAN_REVIEWER_TOKEN, rules(40)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(50_000)).status()).isEqualTo(204);
        assertThat(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, "SO2/510100/2028", 100, 0))
                .status()).isEqualTo(204);
        for (int i = 0; i < 5; i++) {
            place(PAPER_MILL_TOKEN, PAPER_MILL, "replay-ask-" + i, "SELL", 45 + i, 3, "SO2/510100/2028");
            place(POWER_PLANT_TOKEN, POWER_PLANT, "replay-bid-" + i, "BUY", 48, 2, "SO2/510100/2028");
        }
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = tables();
        assertThat(live.get("trade ORDER BY area, trade_sequence")).isNotEmpty();
        assertThat(depthTable()).isEqualTo(depthOfOpenOrders());

        StreamingEventProcessor views = views();
        views.shutDown();
        views.resetTokens();
        views.start();
        awaitCaughtUp();

        assertThat(tables()).isEqualTo(live);
    }

    private static String place(String token, String enterprise, String clientOrderId, String side, long price, long kilograms) {
        return place(token, enterprise, clientOrderId, side, price, kilograms, MARKET);
    }

    private static String place(String token, String enterprise, String clientOrderId, String side, long price, long kilograms,
                                String market) {
        Map<String, Object> body = new LinkedHashMap<>(order(enterprise, clientOrderId, side, price, kilograms));
        body.put("quotaClass", market);
        var placed = api.post("/api/trading/orders", token, body);
        assertThat(placed.status()).isEqualTo(201);
        return placed.body().path("orderId").asText();
    }

    private static String state(TradingViews read, String orderId) {
        OrderView order = read.order(OrderId.parse(orderId)).orElseThrow();
        return order.status() + " " + order.remainingGrams() + " " + order.cancelCause();
    }

    private static StreamingEventProcessor views() {
        return trading.bean(EventProcessingConfiguration.class)
                .eventProcessor(TradingViewsProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    /**
     * Until the read model has handled every event the store held when this was called. A replay
     * counts as ended only once an event after the reset arrives, so the position is what tells.
     */
    private static void awaitCaughtUp() {
        TrackingToken head = trading.bean(EventStore.class).createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> views().processingStatus().values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= target));
    }

    private static Map<String, List<Map<String, Object>>> tables() {
        JdbcTemplate jdbc = trading.bean(JdbcTemplate.class);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, jdbc.queryForList("SELECT * FROM " + table)));
        return rows;
    }

    private static List<Map<String, Object>> depthTable() {
        return trading.bean(JdbcTemplate.class).queryForList(
                "SELECT quota_class, side, limit_price, remaining_grams, orders FROM market_depth ORDER BY quota_class, side, limit_price");
    }

    /** The depth as the open orders give it, summed afresh. */
    private static List<Map<String, Object>> depthOfOpenOrders() {
        return trading.bean(JdbcTemplate.class).queryForList("""
                SELECT quota_class, side, limit_price, SUM(remaining_grams)::bigint AS remaining_grams, COUNT(*)::int AS orders
                FROM trading_order WHERE status = 'OPEN' GROUP BY quota_class, side, limit_price ORDER BY quota_class, side, limit_price""");
    }

    private static String enterprise(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}
