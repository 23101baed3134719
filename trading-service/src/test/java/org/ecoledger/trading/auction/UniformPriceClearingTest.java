package org.ecoledger.trading.auction;

class UniformPriceClearingTest extends AuctionClearingContractTest {

    @Override
    AuctionClearing clearing() {
        return new UniformPriceClearing();
    }
}
