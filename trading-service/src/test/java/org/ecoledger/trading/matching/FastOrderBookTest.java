package org.ecoledger.trading.matching;

class FastOrderBookTest extends OrderBookContractTest {

    @Override
    Implementation implementation() {
        return Implementation.FAST;
    }
}
