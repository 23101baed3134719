package org.ecoledger.trading;

import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.trading.support.TradingRequests.ADMIN_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.BANK_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.PAPER_MILL;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT;
import static org.ecoledger.trading.support.TradingRequests.POWER_PLANT_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SICHUAN_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SO2_CHENGDU_2027;
import static org.ecoledger.trading.support.TradingRequests.allocation;
import static org.ecoledger.trading.support.TradingRequests.deposit;
import static org.ecoledger.trading.support.TradingRequests.order;
import static org.ecoledger.trading.support.TradingRequests.rules;

/**
 * Every operation of the trading API, sent what its OpenAPI description suggests with one thing
 * wrong at a time, answers with a 4xx problem detail or accepts it: never a 5xx, never another body.
 */
class MalformedRequestsIT {

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError() {
        try (RunningService service = RunningTradingService.start("trading_malformed")) {
            var api = service.api();
            api.put("/api/trading/markets/SO2/510100/2027/rules", SICHUAN_REVIEWER_TOKEN, rules(50));
            api.post("/api/trading/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, deposit(500_000_00));
            api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation(PAPER_MILL, SO2_CHENGDU_2027, 2_000, 1_000_00));
            var placed = api.post("/api/trading/orders", POWER_PLANT_TOKEN, order(POWER_PLANT, "sweep-1", "BUY", 60, 10));
            assertThat(placed.status()).isEqualTo(201);

            ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), "Bearer " + ADMIN_TOKEN, Map.of(
                    "enterprise", POWER_PLANT, "pollutant", "SO2", "region", "510100", "vintage", "2027", "area", "sichuan",
                    "orderId", placed.text("orderId"), "processingGroup", "trading-views"));

            assertThat(result.requests()).isGreaterThan(1_000);
            assertThat(result.findings()).isEmpty();
        }
    }
}
