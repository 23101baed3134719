package org.ecoledger.trading.support;

import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;

import java.util.Map;
import java.util.UUID;

/** Tokens and JSON bodies as clients of the trading API send them. */
public final class TradingRequests {

    public static final String POWER_PLANT = "91510104MA6CHP001C";
    public static final String PAPER_MILL = "91510700MA6MYP002G";
    public static final String SO2_CHENGDU_2027 = "SO2/510100/2027";
    public static final String POWER_PLANT_TOKEN = RunningService.tokenFor(LocalUser.enterprise("chengdu-power", POWER_PLANT));
    public static final String PAPER_MILL_TOKEN = RunningService.tokenFor(LocalUser.enterprise("mianyang-paper", PAPER_MILL));
    public static final String SICHUAN_REVIEWER_TOKEN = RunningService.tokenFor(LocalUser.reviewer("reviewer-sichuan", "510000"));
    public static final String MIANYANG_REVIEWER_TOKEN = RunningService.tokenFor(LocalUser.reviewer("reviewer-mianyang", "510700"));
    public static final String BANK_TOKEN = RunningService.tokenFor(new LocalUser("bank", "settlement_bank", null, null));
    public static final String ADMIN_TOKEN = RunningService.tokenFor(LocalUser.admin("admin"));

    private TradingRequests() {
    }

    public static Map<String, Object> deposit(long fen) {
        return Map.of("amountFen", fen, "bankReference", "transfer-" + UUID.randomUUID());
    }

    public static Map<String, Object> allocation(String enterprise, String quotaClass, long kilograms, long feePerTonneFen) {
        return Map.of("allocationId", UUID.randomUUID().toString(), "enterprise", enterprise, "quotaClass", quotaClass,
                "quantityKilograms", kilograms, "feePerTonneFen", feePerTonneFen);
    }

    public static Map<String, Object> rules(long floor) {
        return Map.of("floorPrice", floor, "dailyLimitPercent", 0, "minimumKilograms", 1);
    }

    public static Map<String, Object> order(String enterprise, String clientOrderId, String side, long price, long kilograms) {
        return Map.of("enterprise", enterprise, "clientOrderId", clientOrderId, "quotaClass", SO2_CHENGDU_2027, "side", side,
                "limitPrice", price, "quantityKilograms", kilograms);
    }
}
