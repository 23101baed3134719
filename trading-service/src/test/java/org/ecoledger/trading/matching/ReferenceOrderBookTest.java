package org.ecoledger.trading.matching;

class ReferenceOrderBookTest extends OrderBookContractTest {

    @Override
    OrderBook newBook(MarketRules rules) {
        return new ReferenceOrderBook(rules);
    }

    @Override
    OrderBook restore(BookSnapshot snapshot) {
        return ReferenceOrderBook.restore(snapshot);
    }
}
