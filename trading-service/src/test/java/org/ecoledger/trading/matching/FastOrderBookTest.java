package org.ecoledger.trading.matching;

class FastOrderBookTest extends OrderBookContractTest {

    @Override
    OrderBook newBook(MarketRules rules) {
        return new FastOrderBook(rules, 16);
    }

    @Override
    OrderBook restore(BookSnapshot snapshot) {
        return FastOrderBook.restore(snapshot);
    }
}
