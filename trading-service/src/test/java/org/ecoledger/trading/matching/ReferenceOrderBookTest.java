package org.ecoledger.trading.matching;

class ReferenceOrderBookTest extends OrderBookContractTest {

    @Override
    Implementation implementation() {
        return Implementation.REFERENCE;
    }
}
