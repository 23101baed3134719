package org.ecoledger.trading;

import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.trading.support.TradingRequests.ADMIN_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.BANK_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.MIANYANG_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.PAPER_MILL;
import static org.ecoledger.trading.support.TradingRequests.PAPER_MILL_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SICHUAN_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SO2_CHENGDU_2027;
import static org.ecoledger.trading.support.TradingRequests.allocation;
import static org.ecoledger.trading.support.TradingRequests.deposit;
import static org.ecoledger.trading.support.TradingRequests.order;
import static org.ecoledger.trading.support.TradingRequests.rules;

/**
 * Every operation of the trading API, swept from its OpenAPI description: malformed requests are
 * answered with a 4xx problem detail (never a 5xx, never another body), another enterprise or a
 * reviewer of another region is given nothing of the power plant's account and orders, and without
 * a token only public market data answers, naming no party and no order.
 */
class MalformedRequestsIT {

    private static RunningService service;
    private static Map<String, String> pathValues;

    @BeforeAll
    static void start() {
        service = RunningTradingService.start("trading_malformed");
        var api = service.api();
        api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
        api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(500_000_00));
        api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, SO2_CHENGDU_2027, 2_000, 1_000_00));
        var placed = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "sweep-1", "BUY", 60, 10));
        assertThat(placed.status()).isEqualTo(201);
        pathValues = Map.of("enterprise", POWER_PLANT, "pollutant", "SO2", "region", "510100", "vintage", "2027", "area", "sichuan",
                "orderId", placed.text("orderId"), "processingGroup", "trading-views");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** As an admin, except the cash an enterprise's bank alone records. */
    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError() {
        ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(),
                path -> "Bearer " + (path.endsWith("/deposits") || path.endsWith("/withdrawals") ? BANK_TOKEN : ADMIN_TOKEN), pathValues);

        assertThat(result.requests()).isGreaterThan(1_000);
        assertThat(result.findings()).isEmpty();
    }

    /** Orders, bids and sales are the enterprise's own acts, refused to an admin before they are read further. */
    @Test
    void everyMalformedRequestOfAnEnterpriseForItselfIsAnsweredWithAProblemDetailAndNeverAServerError() {
        ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), "Bearer " + POWER_PLANT_TOKEN, pathValues);

        assertThat(result.requests()).isGreaterThan(1_000);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anotherEnterpriseOrAReviewerOfAnotherRegionIsGivenNothingOfTheEnterprises() {
        for (String stranger : new String[] {PAPER_MILL_TOKEN, MIANYANG_REVIEWER_TOKEN}) {
            ApiSweep.Result result = ApiSweep.asStranger(service.baseUrl(), "Bearer " + stranger, pathValues, Set.of("enterprise", "orderId"));

            assertThat(result.requests()).isGreaterThan(20);
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void withoutATokenOnlyPublicMarketDataAnswersAndItNamesNoPartyOrOrder() {
        ApiSweep.Result result = ApiSweep.anonymously(service.baseUrl(), pathValues, Set.of(POWER_PLANT, PAPER_MILL, pathValues.get("orderId")));

        assertThat(result.requests()).isGreaterThan(20);
        assertThat(result.findings()).isEmpty();
    }
}
