package org.ecoledger.trading.benchmark;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.ecoledger.trading.support.TradingRequests.BANK_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SICHUAN_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.allocation;
import static org.ecoledger.trading.support.TradingRequests.deposit;
import static org.ecoledger.trading.support.TradingRequests.rules;

/**
 * The enterprises that trade, each with a token of its own, and the markets they trade in, set up
 * through the API as the bureau and the settlement bank would: market rules, a deposit per
 * enterprise and an allocation of every market's rights to every enterprise. All of them are in
 * Chengdu, so one trading area (Sichuan), one ledger and one order writer take every order.
 */
final class Participants {

    /** Jinjiang district of Chengdu. */
    private static final String REGION = "510104";
    /** A billion yuan: cash that a run's buy orders can never reserve in full. */
    private static final long CASH_FEN = 100_000_000_000L;
    /** 10,000 t of each market's rights, likewise more than a run's sell orders reserve. */
    private static final long QUOTA_KILOGRAMS = 10_000_000L;
    private static final long FEE_PER_TONNE_FEN = 100;

    private final List<String> ids;
    private final List<String> tokens;

    private Participants(List<String> ids, List<String> tokens) {
        this.ids = ids;
        this.tokens = tokens;
    }

    static Participants fund(ApiClient api, int enterprises, List<String> markets) {
        markets.forEach(market -> expect(api.put("/api/trading/markets/" + market + "/rules", SICHUAN_REVIEWER_TOKEN, rules(50)),
                "market rules for " + market));
        List<String> ids = new ArrayList<>(enterprises);
        List<String> tokens = new ArrayList<>(enterprises);
        for (int i = 0; i < enterprises; i++) {
            String id = creditCode(i);
            ids.add(id);
            tokens.add(RunningService.tokenFor(LocalUser.enterprise("benchmark-trader-" + i, id)));
            expect(api.post("/api/trading/accounts/" + id + "/deposits", BANK_TOKEN, deposit(CASH_FEN)), "deposit for " + id);
            for (String market : markets) {
                Map<String, Object> allocation = allocation(id, market, QUOTA_KILOGRAMS, FEE_PER_TONNE_FEN);
                expect(api.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation), "allocation of " + market + " to " + id);
            }
        }
        return new Participants(List.copyOf(ids), List.copyOf(tokens));
    }

    int size() {
        return ids.size();
    }

    String id(int enterprise) {
        return ids.get(enterprise);
    }

    String token(int enterprise) {
        return tokens.get(enterprise);
    }

    private static void expect(ApiClient.Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + " failed with HTTP " + response.status() + ": " + response.body());
        }
    }

    /** A valid unified social credit code; the "BT" organisation prefix keeps them apart from other tests' enterprises. */
    private static String creditCode(int index) {
        String first17 = "91" + REGION + "BT" + String.format("%07d", index);
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}
