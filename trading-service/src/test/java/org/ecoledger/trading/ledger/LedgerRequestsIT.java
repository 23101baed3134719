package org.ecoledger.trading.ledger;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.*;

/**
 * Requests sent again or too late, over HTTP to the ledger in PostgreSQL: a bank's retried deposit,
 * a repeated stocking, a sale into a closed buy-back, an early bid and an approval of a settled
 * transfer each answer 409 with the rule's reason; malformed input answers 400; all as problems.
 * Each test uses enterprises of its own, so the balances it checks are its own.
 */
class LedgerRequestsIT {

    private static final String T = "/api/trading";
    private static final String AREA = T + "/areas/sichuan";

    private static RunningService trading;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_requests");
        api = trading.api();
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void aDepositSentAgainUnderItsBankReferenceIsRefusedAndCreditedOnce() {
        String enterprise = chengduEnterprise("91510104MA6DEP007");
        Map<String, Object> deposit = deposit(5_000);
        assertThat(api.post(T + "/accounts/" + enterprise + "/deposits", BANK_TOKEN, deposit).status()).isEqualTo(204);

        var again = api.post(T + "/accounts/" + enterprise + "/deposits", BANK_TOKEN, deposit);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("reason")).isEqualTo("DUPLICATE_REQUEST");

        Map<String, Object> withdrawal = deposit(1_000);
        assertThat(api.post(T + "/accounts/" + enterprise + "/withdrawals", BANK_TOKEN, withdrawal).status()).isEqualTo(204);
        assertThat(api.post(T + "/accounts/" + enterprise + "/withdrawals", BANK_TOKEN, withdrawal).text("reason")).isEqualTo("DUPLICATE_REQUEST");

        String token = RunningService.tokenFor(LocalUser.enterprise("depositing-trader", enterprise));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(T + "/accounts/" + enterprise, token).body().path("availableFen").asLong()).isEqualTo(4_000));
    }

    @Test
    void aDepositWithoutAWellFormedBankReferenceIsABadRequest() {
        var missing = api.post(T + "/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, Map.of("amountFen", 1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var malformed = api.post(T + "/accounts/" + POWER_PLANT + "/deposits", BANK_TOKEN, Map.of("amountFen", 1, "bankReference", "two words"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        var tooLong = api.post(T + "/accounts/" + POWER_PLANT + "/withdrawals", BANK_TOKEN, Map.of("amountFen", 1, "bankReference", "x".repeat(65)));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void aStockingSentAgainIsRefused() {
        Map<String, Object> stocking = Map.of("stockingId", UUID.randomUUID().toString(), "quotaClass", "NOX/510100/2027", "quantityKilograms", 10);
        assertThat(api.post(T + "/reserve/stock", SICHUAN_REVIEWER_TOKEN, stocking).status()).isEqualTo(204);
        assertThat(api.post(T + "/reserve/stock", SICHUAN_REVIEWER_TOKEN, stocking).text("reason")).isEqualTo("DUPLICATE_REQUEST");
        var withoutId = api.post(T + "/reserve/stock", SICHUAN_REVIEWER_TOKEN, Map.of("quotaClass", "NOX/510100/2027", "quantityKilograms", 10));
        assertThat(withoutId.status()).isEqualTo(400);
        var notAUuid = api.post(T + "/reserve/stock", SICHUAN_REVIEWER_TOKEN,
                Map.of("stockingId", "stock-1", "quotaClass", "NOX/510100/2027", "quantityKilograms", 10));
        assertThat(notAUuid.status()).isEqualTo(400);
        assertThat(notAUuid.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aClosedBuyBackGivesItsBudgetBackToTheReserveAndTakesNoMoreSales() {
        String seller = chengduEnterprise("91510104MA6BYB004");
        String sellerToken = RunningService.tokenFor(LocalUser.enterprise("buy-back-seller", seller));
        // the seller's paid-use fee of 20,000 fen puts cash into the Chengdu reserve for the buy-back's budget
        api.post(T + "/accounts/" + seller + "/deposits", BANK_TOKEN, deposit(20_000));
        assertThat(api.post(T + "/allocations", SICHUAN_REVIEWER_TOKEN, allocation(seller, "COD/510100/2027", 200, 100_000)).status()).isEqualTo(204);
        String buyBack = UUID.randomUUID().toString();
        assertThat(api.post(AREA + "/buy-backs", SICHUAN_REVIEWER_TOKEN,
                Map.of("buyBackId", buyBack, "quotaClass", "COD/510100/2027", "price", 100, "maximumKilograms", 150)).status()).isEqualTo(204);
        assertThat(api.post(AREA + "/buy-backs/" + buyBack + "/sales", sellerToken, Map.of("enterprise", seller, "quantityKilograms", 50)).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(T + "/reserve/510100", SICHUAN_REVIEWER_TOKEN).body().path("reservedFen").asLong()).isEqualTo(10_000));

        var byAnotherBureau = api.post(AREA + "/buy-backs/" + buyBack + "/closing", MIANYANG_REVIEWER_TOKEN, Map.of());
        assertThat(byAnotherBureau.status()).isEqualTo(403);
        assertThat(api.post(AREA + "/buy-backs/" + buyBack + "/closing", SICHUAN_REVIEWER_TOKEN, Map.of()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(T + "/reserve/510100", SICHUAN_REVIEWER_TOKEN).body().path("reservedFen").asLong()).isZero());

        var sale = api.post(AREA + "/buy-backs/" + buyBack + "/sales", sellerToken, Map.of("enterprise", seller, "quantityKilograms", 50));
        assertThat(sale.status()).isEqualTo(409);
        assertThat(sale.text("reason")).isEqualTo("BUY_BACK_NOT_OPEN");
        assertThat(api.post(AREA + "/buy-backs/" + buyBack + "/closing", SICHUAN_REVIEWER_TOKEN, Map.of()).text("reason")).isEqualTo("BUY_BACK_NOT_OPEN");
        var unknown = api.post(AREA + "/buy-backs/" + UUID.randomUUID() + "/closing", SICHUAN_REVIEWER_TOKEN, Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBidBeforeTheAuctionOpensIsRefused() {
        String bidder = chengduEnterprise("91510104MA6BDR008");
        api.post(T + "/accounts/" + bidder + "/deposits", BANK_TOKEN, deposit(100_000));
        api.post(T + "/reserve/stock", SICHUAN_REVIEWER_TOKEN,
                Map.of("stockingId", UUID.randomUUID().toString(), "quotaClass", "VOCS/510100/2027", "quantityKilograms", 100));
        String auction = UUID.randomUUID().toString();
        Instant opensAt = Instant.now().plus(Duration.ofHours(1));
        assertThat(api.post(AREA + "/auctions", SICHUAN_REVIEWER_TOKEN, Map.of("auctionId", auction, "quotaClass", "VOCS/510100/2027",
                "quantityKilograms", 100, "reservePrice", 50, "opensAt", opensAt.toString(), "closesAt", opensAt.plus(Duration.ofHours(1)).toString()))
                .status()).isEqualTo(204);

        var bid = api.post(AREA + "/auctions/" + auction + "/bids", RunningService.tokenFor(LocalUser.enterprise("early-bidder", bidder)),
                Map.of("enterprise", bidder, "price", 60, "quantityKilograms", 10));
        assertThat(bid.status()).isEqualTo(409);
        assertThat(bid.text("reason")).isEqualTo("AUCTION_NOT_OPEN");
    }

    @Test
    void aSettledTransferIsNoLongerPendingAndSaysSo() {
        String seller = chengduEnterprise("91510104MA6TRF005");
        String buyer = chengduEnterprise("91510104MA6TRF006");
        String sellerToken = RunningService.tokenFor(LocalUser.enterprise("transfer-seller", seller));
        String buyerToken = RunningService.tokenFor(LocalUser.enterprise("transfer-buyer", buyer));
        api.post(T + "/accounts/" + seller + "/deposits", BANK_TOKEN, deposit(1));
        api.post(T + "/allocations", SICHUAN_REVIEWER_TOKEN, allocation(seller, SO2_CHENGDU_2027, 100, 0));
        api.post(T + "/accounts/" + buyer + "/deposits", BANK_TOKEN, deposit(10_000));
        String transfer = UUID.randomUUID().toString();
        String path = AREA + "/transfers/" + transfer;
        assertThat(api.post(AREA + "/transfers", sellerToken, Map.of("transferId", transfer, "seller", seller, "buyer", buyer,
                "quotaClass", SO2_CHENGDU_2027, "quantityKilograms", 100, "price", 90)).status()).isEqualTo(201);
        assertThat(api.post(path + "/acceptance", buyerToken, Map.of()).status()).isEqualTo(204);
        assertThat(api.post(path + "/approval", SICHUAN_REVIEWER_TOKEN, Map.of()).status()).isEqualTo(204);

        var approvedAgain = api.post(path + "/approval", SICHUAN_REVIEWER_TOKEN, Map.of());
        assertThat(approvedAgain.status()).isEqualTo(409);
        assertThat(approvedAgain.contentType()).startsWith("application/problem+json");
        assertThat(approvedAgain.text("reason")).isEqualTo("TRANSFER_NOT_PENDING");
        assertThat(api.post(path + "/acceptance", buyerToken, Map.of()).text("reason")).isEqualTo("TRANSFER_NOT_PENDING");
        assertThat(api.post(AREA + "/transfers/" + UUID.randomUUID() + "/acceptance", buyerToken, Map.of()).status()).isEqualTo(404);
    }

    private static String chengduEnterprise(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}
