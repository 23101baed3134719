package org.ecoledger.trading.auction;

class ReferenceClearingTest extends AuctionClearingContractTest {

    @Override
    AuctionClearing clearing() {
        return new ReferenceClearing();
    }
}
