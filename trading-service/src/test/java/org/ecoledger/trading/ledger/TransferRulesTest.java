package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.trading.command.AcceptTransfer;
import org.ecoledger.common.trading.command.ApproveTransfer;
import org.ecoledger.common.trading.command.DeclineTransfer;
import org.ecoledger.common.trading.command.ProposeTransfer;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.trading.event.TransferSettled;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.TransferAccepted;
import org.ecoledger.trading.api.TransferDeclined;
import org.ecoledger.trading.api.TransferProposed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.BUYING_RESTRICTED;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_QUOTA;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.common.trading.TradingRefusalReason.TRANSFER_NOT_PENDING;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * Negotiated transfers: one party proposes, the other accepts, the bureau of the rights' region
 * approves, and only then do rights and cash move, checked at that moment. Either party or the
 * bureau may decline instead.
 */
class TransferRulesTest {

    private static final TransferId TRANSFER = TransferId.of("4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d");
    private static final String CLOSED = "the transfer was settled or declined already";

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    /** The power plant (Chengdu, account 1) holds 1,000 kg; the paper mill (Mianyang, account 2) holds 100,000 fen. */
    private TestExecutor<TradingLedger> givenASellerAndABuyer() {
        return fixture.givenCommands(openSichuan(), deposit(POWER_PLANT, 1), allocateFree(POWER_PLANT, 1_000), deposit(PAPER_MILL, 100_000));
    }

    /** As above, with 400 kg at 90 fen/kg proposed by the seller and accepted by the buyer. */
    private TestExecutor<TradingLedger> givenAnAcceptedTransfer() {
        return givenASellerAndABuyer().andGivenCommands(propose(POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, 90, userOf(POWER_PLANT)),
                accept(userOf(PAPER_MILL)));
    }

    private static ProposeTransfer propose(EnterpriseId seller, EnterpriseId buyer, QuotaClass quotaClass, long price, Actor by) {
        return new ProposeTransfer(SICHUAN, TRANSFER, seller, buyer, quotaClass, Quantities.kilograms(400), Price.ofFenPerKilogram(price), by, NOW);
    }

    private static ProposeTransfer proposeBySeller() {
        return propose(POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, 90, userOf(POWER_PLANT));
    }

    private static AcceptTransfer accept(Actor by) {
        return new AcceptTransfer(SICHUAN, TRANSFER, by, NOW);
    }

    private static ApproveTransfer approve(Actor by) {
        return new ApproveTransfer(SICHUAN, TRANSFER, by, NOW);
    }

    private static DeclineTransfer decline(Actor by) {
        return new DeclineTransfer(SICHUAN, TRANSFER, "price no longer agreed", by, NOW);
    }

    @Test
    void theSellerProposesATransfer() {
        givenASellerAndABuyer()
                .when(proposeBySeller())
                .expectEvents(new TransferProposed(SICHUAN, TRANSFER, POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, Quantities.kilograms(400),
                        Price.ofFenPerKilogram(90), userOf(POWER_PLANT), NOW));
    }

    @Test
    void theBuyerMayProposeATransferToo() {
        givenASellerAndABuyer()
                .when(propose(POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, 90, userOf(PAPER_MILL)))
                .expectEvents(new TransferProposed(SICHUAN, TRANSFER, POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, Quantities.kilograms(400),
                        Price.ofFenPerKilogram(90), userOf(PAPER_MILL), NOW));
    }

    @Test
    void onlyAPartyProposesATransfer() {
        givenASellerAndABuyer()
                .when(propose(POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, 90, userOf(CEMENT_WORKS)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aTransferNeedsTwoDifferentParties() {
        givenASellerAndABuyer()
                .when(propose(POWER_PLANT, POWER_PLANT, SO2_CHENGDU_2027, 90, userOf(POWER_PLANT)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aTransferIdIsProposedOnce() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller())
                .when(proposeBySeller())
                .expectEvents(refused(POWER_PLANT, "transfer", TRANSFER.value(), DUPLICATE_REQUEST, "this transfer was proposed already", userOf(POWER_PLANT)));
    }

    @Test
    void theIdOfASettledTransferIsNotProposedAgain() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(proposeBySeller())
                .expectEvents(refused(POWER_PLANT, "transfer", TRANSFER.value(), DUPLICATE_REQUEST, "this transfer was proposed already", userOf(POWER_PLANT)));
    }

    @Test
    void theIdOfADeclinedTransferIsNotProposedAgain() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller(), decline(userOf(PAPER_MILL)))
                .when(proposeBySeller())
                .expectEvents(refused(POWER_PLANT, "transfer", TRANSFER.value(), DUPLICATE_REQUEST, "this transfer was proposed already", userOf(POWER_PLANT)));
    }

    @Test
    void aTransferToAnEnterpriseOutsideTheAreaIsRefused() {
        givenASellerAndABuyer()
                .when(propose(POWER_PLANT, OUTSIDER, SO2_CHENGDU_2027, 90, userOf(POWER_PLANT)))
                .expectEvents(refused(POWER_PLANT, "transfer", TRANSFER.value(), OUTSIDE_TRADING_AREA,
                        "both parties and the rights must be in this trading area", userOf(POWER_PLANT)));
    }

    @Test
    void aTransferOfRightsOutsideTheAreaIsRefused() {
        givenASellerAndABuyer()
                .when(propose(POWER_PLANT, PAPER_MILL, SO2_SHENZHEN_2027, 90, userOf(POWER_PLANT)))
                .expectEvents(refused(POWER_PLANT, "transfer", TRANSFER.value(), OUTSIDE_TRADING_AREA,
                        "both parties and the rights must be in this trading area", userOf(POWER_PLANT)));
    }

    @Test
    void theOtherPartyAcceptsATransferAndNothingMovesYet() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller())
                .when(accept(userOf(PAPER_MILL)))
                .expectEvents(new TransferAccepted(SICHUAN, TRANSFER, userOf(PAPER_MILL), NOW))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(1_000_000, 0));
                    assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(100_000, 0));
                });
    }

    @Test
    void theProposerCannotAcceptItsOwnTransfer() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller())
                .when(accept(userOf(POWER_PLANT)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aTransferIsAcceptedOnce() {
        givenAnAcceptedTransfer()
                .when(accept(userOf(PAPER_MILL)))
                .expectEvents(refused(PAPER_MILL, "transfer-acceptance", TRANSFER.value(), TRANSFER_NOT_PENDING, "the transfer was accepted already",
                        userOf(PAPER_MILL)));
    }

    @Test
    void theBureauApprovesAnAcceptedTransferAndOnlyThenRightsAndCashMove() {
        givenAnAcceptedTransfer()
                .when(approve(REVIEWER))
                .expectEvents(new TransferSettled(SICHUAN, TRANSFER, POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, Quantities.kilograms(400),
                        Price.ofFenPerKilogram(90), Money.ofFen(36_000), REVIEWER, NOW))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(600_000, 0));
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).cash()).isEqualTo(balance(36_001, 0));
                    assertThat(accountNumbered(ledger, BUYER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(400_000, 0));
                    assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(64_000, 0));
                });
    }

    @Test
    void aTransferNotYetAcceptedIsNotApproved() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller())
                .when(approve(REVIEWER))
                .expectEvents(refused(POWER_PLANT, "transfer-approval", TRANSFER.value(), TRANSFER_NOT_PENDING,
                        "the other party has not accepted the transfer", REVIEWER));
    }

    @Test
    void aSettledTransferIsNotApprovedAgain() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(approve(REVIEWER))
                .expectEvents(refused(null, "transfer-approval", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, REVIEWER))
                .expectState(ledger -> assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(600_000, 0)));
    }

    @Test
    void aSettledTransferIsNotAcceptedAgain() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(accept(userOf(PAPER_MILL)))
                .expectEvents(refused(PAPER_MILL, "transfer-acceptance", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, userOf(PAPER_MILL)));
    }

    @Test
    void aSettledTransferIsNotDeclined() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(decline(userOf(POWER_PLANT)))
                .expectEvents(refused(POWER_PLANT, "transfer-decline", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, userOf(POWER_PLANT)));
    }

    @Test
    void onlyTheBureauIsToldThatASettledTransferIsNoLongerPendingApproval() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(approve(userOf(POWER_PLANT)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnEnterpriseIsToldThatASettledTransferIsNoLongerPendingAcceptance() {
        givenAnAcceptedTransfer()
                .andGivenCommands(approve(REVIEWER))
                .when(accept(REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aTransferNeverProposedIsNotFound() {
        givenASellerAndABuyer()
                .when(accept(userOf(PAPER_MILL)))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheBureauOfTheRightsRegionApprovesATransfer() {
        givenAnAcceptedTransfer()
                .when(approve(MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aPartyCannotApproveItsOwnTransfer() {
        givenAnAcceptedTransfer()
                .when(approve(userOf(POWER_PLANT)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aTransferIsNotApprovedWhenTheSellerNoLongerHoldsTheRightsAvailable() {
        givenAnAcceptedTransfer()
                .andGivenCommands(so2MarketWithFloor(50), sell(POWER_PLANT, "s1", 80, 700))
                .when(approve(REVIEWER))
                .expectEvents(refused(POWER_PLANT, "transfer-approval", TRANSFER.value(), INSUFFICIENT_QUOTA,
                        "the seller does not hold the quantity available", REVIEWER));
    }

    @Test
    void aTransferIsNotApprovedWhenTheBuyerLacksTheCash() {
        givenASellerAndABuyer()
                .andGivenCommands(propose(POWER_PLANT, PAPER_MILL, SO2_CHENGDU_2027, 251, userOf(POWER_PLANT)), accept(userOf(PAPER_MILL)))
                .when(approve(REVIEWER))
                .expectEvents(refused(PAPER_MILL, "transfer-approval", TRANSFER.value(), INSUFFICIENT_CASH,
                        "the buyer's available cash does not cover the price", REVIEWER));
    }

    @Test
    void aTransferToABuyerRestrictedSinceIsNotApproved() {
        givenAnAcceptedTransfer()
                .andGivenCommands(new RestrictBuying(SICHUAN, PAPER_MILL, "enterprise blacklisted", SYSTEM, NOW))
                .when(approve(REVIEWER))
                .expectEvents(refused(PAPER_MILL, "transfer-approval", TRANSFER.value(), BUYING_RESTRICTED, "the buyer may not buy", REVIEWER));
    }

    @Test
    void aPartyDeclinesATransfer() {
        givenAnAcceptedTransfer()
                .when(decline(userOf(POWER_PLANT)))
                .expectEvents(new TransferDeclined(SICHUAN, TRANSFER, "price no longer agreed", userOf(POWER_PLANT), NOW));
    }

    @Test
    void aDeclinedTransferCanNoLongerBeApproved() {
        givenAnAcceptedTransfer()
                .andGivenCommands(decline(userOf(POWER_PLANT)))
                .when(approve(REVIEWER))
                .expectEvents(refused(null, "transfer-approval", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, REVIEWER));
    }

    @Test
    void aDeclinedTransferCanNoLongerBeAccepted() {
        givenASellerAndABuyer()
                .andGivenCommands(proposeBySeller(), decline(userOf(POWER_PLANT)))
                .when(accept(userOf(PAPER_MILL)))
                .expectEvents(refused(PAPER_MILL, "transfer-acceptance", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, userOf(PAPER_MILL)));
    }

    @Test
    void aDeclinedTransferIsNotDeclinedAgain() {
        givenAnAcceptedTransfer()
                .andGivenCommands(decline(userOf(POWER_PLANT)))
                .when(decline(REVIEWER))
                .expectEvents(refused(null, "transfer-decline", TRANSFER.value(), TRANSFER_NOT_PENDING, CLOSED, REVIEWER));
    }

    @Test
    void theBureauDeclinesATransfer() {
        givenAnAcceptedTransfer()
                .when(decline(REVIEWER))
                .expectEvents(new TransferDeclined(SICHUAN, TRANSFER, "price no longer agreed", REVIEWER, NOW));
    }

    @Test
    void anEnterpriseNotPartyToATransferCannotDeclineIt() {
        givenAnAcceptedTransfer()
                .when(decline(userOf(CEMENT_WORKS)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }
}
