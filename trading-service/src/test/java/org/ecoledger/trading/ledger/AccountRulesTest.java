package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.command.DepositCash;
import org.ecoledger.common.trading.command.OpenTradingArea;
import org.ecoledger.common.trading.command.WithdrawCash;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AccountOpened;
import org.ecoledger.trading.api.CashDeposited;
import org.ecoledger.trading.api.CashWithdrawn;
import org.ecoledger.trading.api.TradingAreaOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * The trading area and its accounts: who opens the area, who moves cash in and out, that the
 * bank's retry of a movement moves nothing, and that no account goes negative.
 */
class AccountRulesTest {

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private static WithdrawCash withdraw(EnterpriseId enterprise, long fen, Actor by) {
        return new WithdrawCash(SICHUAN, enterprise, Money.ofFen(fen), "bank-out-" + fen, by, NOW);
    }

    private static CashDeposited deposited(EnterpriseId enterprise, long fen) {
        return new CashDeposited(SICHUAN, enterprise, Money.ofFen(fen), "bank-ref-" + fen, BANK, NOW);
    }

    private static List<Object> laterDepositsOfThePowerPlant(int count) {
        List<Object> deposits = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            deposits.add(new DepositCash(SICHUAN, POWER_PLANT, Money.ofFen(1), "later-" + i, BANK, NOW));
        }
        return deposits;
    }

    private TestExecutor<TradingLedger> givenThePowerPlantHasDeposited(long fen) {
        return fixture.givenCommands(openSichuan(), so2MarketWithFloor(50), deposit(POWER_PLANT, fen));
    }

    @Test
    void anAdminOpensATradingAreaOverItsRegions() {
        fixture.givenNoPriorActivity()
                .when(openSichuan())
                .expectEvents(new TradingAreaOpened(SICHUAN, List.of(RegionCode.of("510000")), ADMIN, NOW));
    }

    @Test
    void openingAnAreaAgainOverTheSameRegionsRecordsNothing() {
        fixture.givenCommands(openSichuan())
                .when(openSichuan())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAreasRegionsCanBeRedrawn() {
        List<RegionCode> sichuanAndChongqing = List.of(RegionCode.of("510000"), RegionCode.of("500000"));
        fixture.givenCommands(openSichuan())
                .when(new OpenTradingArea(SICHUAN, sichuanAndChongqing, SYSTEM, NOW))
                .expectEvents(new TradingAreaOpened(SICHUAN, sichuanAndChongqing, SYSTEM, NOW));
    }

    @Test
    void onlyAnAdminOrThePlatformOpensATradingArea() {
        fixture.givenNoPriorActivity()
                .when(new OpenTradingArea(SICHUAN, List.of(RegionCode.of("510000")), REVIEWER, NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aFirstDepositOpensTheAccountWithTheNextNumberAndCreditsIt() {
        givenThePowerPlantHasDeposited(1_000)
                .when(deposit(PAPER_MILL, 5_000))
                .expectEvents(new AccountOpened(SICHUAN, PAPER_MILL, 2, NOW), deposited(PAPER_MILL, 5_000))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 2).cash()).isEqualTo(balance(5_000, 0)));
    }

    @Test
    void aLaterDepositCreditsTheOpenAccount() {
        givenThePowerPlantHasDeposited(1_000)
                .when(deposit(POWER_PLANT, 2_500))
                .expectEvents(deposited(POWER_PLANT, 2_500))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(3_500, 0)));
    }

    @Test
    void onlyTheSettlementBankRecordsDeposits() {
        fixture.givenCommands(openSichuan())
                .when(new DepositCash(SICHUAN, POWER_PLANT, Money.ofFen(1_000), "self-credit",
                        userOf(POWER_PLANT), NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aDepositForAnEnterpriseOutsideTheAreaIsRefused() {
        fixture.givenCommands(openSichuan())
                .when(deposit(OUTSIDER, 1_000))
                .expectEvents(refused(OUTSIDER, "deposit", "bank-ref-1000", OUTSIDE_TRADING_AREA,
                        "the enterprise is registered outside this trading area", BANK));
    }

    @Test
    void theSettlementBankRecordsAWithdrawalWithinTheAvailableCash() {
        givenThePowerPlantHasDeposited(1_000)
                .when(withdraw(POWER_PLANT, 1_000, BANK))
                .expectEvents(new CashWithdrawn(SICHUAN, POWER_PLANT, Money.ofFen(1_000), "bank-out-1000", BANK, NOW))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(0, 0)));
    }

    @Test
    void onlyTheSettlementBankRecordsWithdrawals() {
        givenThePowerPlantHasDeposited(1_000)
                .when(withdraw(POWER_PLANT, 1_000, userOf(POWER_PLANT)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalBeyondTheAvailableCashIsRefusedAndTheAccountNeverGoesNegative() {
        givenThePowerPlantHasDeposited(1_000)
                .when(withdraw(POWER_PLANT, 1_001, BANK))
                .expectEvents(refused(POWER_PLANT, "withdrawal", "bank-out-1001", INSUFFICIENT_CASH,
                        "the account's available cash does not cover the withdrawal", BANK))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(1_000, 0)));
    }

    @Test
    void cashHeldForAnOpenBuyOrderCannotBeWithdrawn() {
        givenThePowerPlantHasDeposited(10_000)
                .andGivenCommands(buy(POWER_PLANT, "b1", 60, 100))
                .when(withdraw(POWER_PLANT, 4_001, BANK))
                .expectEvents(refused(POWER_PLANT, "withdrawal", "bank-out-4001", INSUFFICIENT_CASH,
                        "the account's available cash does not cover the withdrawal", BANK))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(4_000, 6_000)));
    }

    @Test
    void aWithdrawalFromAnAccountNeverOpenedIsRefused() {
        fixture.givenCommands(openSichuan())
                .when(withdraw(PAPER_MILL, 1, BANK))
                .expectEvents(refused(PAPER_MILL, "withdrawal", "bank-out-1", INSUFFICIENT_CASH,
                        "the account's available cash does not cover the withdrawal", BANK));
    }

    @Test
    void aDepositSentAgainUnderTheSameBankReferenceIsRefusedAndCreditedOnce() {
        givenThePowerPlantHasDeposited(1_000)
                .when(deposit(POWER_PLANT, 1_000))
                .expectEvents(refused(POWER_PLANT, "deposit", "bank-ref-1000", DUPLICATE_REQUEST, "this deposit was recorded already", BANK))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(1_000, 0)));
    }

    @Test
    void aWithdrawalSentAgainUnderTheSameBankReferenceIsRefusedAndDebitedOnce() {
        givenThePowerPlantHasDeposited(5_000)
                .andGivenCommands(withdraw(POWER_PLANT, 1_000, BANK))
                .when(withdraw(POWER_PLANT, 1_000, BANK))
                .expectEvents(refused(POWER_PLANT, "withdrawal", "bank-out-1000", DUPLICATE_REQUEST, "this withdrawal was recorded already", BANK))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(4_000, 0)));
    }

    @Test
    void aWithdrawalSentAgainIsRefusedAsADuplicateEvenWhenTheCashNoLongerCoversIt() {
        givenThePowerPlantHasDeposited(1_000)
                .andGivenCommands(withdraw(POWER_PLANT, 1_000, BANK))
                .when(withdraw(POWER_PLANT, 1_000, BANK))
                .expectEvents(refused(POWER_PLANT, "withdrawal", "bank-out-1000", DUPLICATE_REQUEST, "this withdrawal was recorded already", BANK));
    }

    @Test
    void aWithdrawalRefusedForWantOfCashIsRecordedWhenSentAgainWithTheCashThere() {
        givenThePowerPlantHasDeposited(500)
                .andGivenCommands(withdraw(POWER_PLANT, 1_000, BANK), deposit(POWER_PLANT, 700))
                .when(withdraw(POWER_PLANT, 1_000, BANK))
                .expectEvents(new CashWithdrawn(SICHUAN, POWER_PLANT, Money.ofFen(1_000), "bank-out-1000", BANK, NOW))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(200, 0)));
    }

    @Test
    void aDepositAndAWithdrawalUnderOneBankReferenceAreTwoMovements() {
        givenThePowerPlantHasDeposited(1_000)
                .when(new WithdrawCash(SICHUAN, POWER_PLANT, Money.ofFen(400), "bank-ref-1000", BANK, NOW))
                .expectEvents(new CashWithdrawn(SICHUAN, POWER_PLANT, Money.ofFen(400), "bank-ref-1000", BANK, NOW));
    }

    @Test
    void aBankReferenceIsRecognisedPerAccount() {
        givenThePowerPlantHasDeposited(1_000)
                .andGivenCommands(deposit(PAPER_MILL, 5))
                .when(new DepositCash(SICHUAN, PAPER_MILL, Money.ofFen(1_000), "bank-ref-1000", BANK, NOW))
                .expectEvents(deposited(PAPER_MILL, 1_000));
    }

    @Test
    void aBankReferenceIsRecognisedAmongTheAccountsLatestMovementsOnly() {
        givenThePowerPlantHasDeposited(1_000)
                .andGivenCommands(laterDepositsOfThePowerPlant(TradingLedger.REMEMBERED_BANK_REFERENCES))
                .when(deposit(POWER_PLANT, 1_000))
                .expectEvents(deposited(POWER_PLANT, 1_000));
    }

    @Test
    void anAccountInALedgerSnapshottedBeforeBankReferencesWereKeptLoadsKnowingNone() {
        Account account = new Account(1);
        account.cash().credit(1_000);
        account.rememberBankMovement("deposit:bank-ref-1000", TradingLedger.REMEMBERED_BANK_REFERENCES);
        Account snapshotted = storedWithout("bankMovements", account);
        assertThat(snapshotted.cash()).isEqualTo(balance(1_000, 0));
        assertThat(snapshotted.recordedBankMovement("deposit:bank-ref-1000")).isFalse();
    }

    @Test
    void theLatestMovementsBankReferencesAreAllRecognised() {
        givenThePowerPlantHasDeposited(1_000)
                .andGivenCommands(laterDepositsOfThePowerPlant(TradingLedger.REMEMBERED_BANK_REFERENCES - 1))
                .when(deposit(POWER_PLANT, 1_000))
                .expectEvents(refused(POWER_PLANT, "deposit", "bank-ref-1000", DUPLICATE_REQUEST, "this deposit was recorded already", BANK));
    }
}
