package org.ecoledger.trading.matching;

/** The two books, for properties that must hold of each. */
enum Implementation {
    FAST {
        @Override
        OrderBook open(MarketRules rules) {
            return new FastOrderBook(rules, 16);
        }

        @Override
        OrderBook restore(BookSnapshot snapshot) {
            return FastOrderBook.restore(snapshot);
        }
    },
    REFERENCE {
        @Override
        OrderBook open(MarketRules rules) {
            return new ReferenceOrderBook(rules);
        }

        @Override
        OrderBook restore(BookSnapshot snapshot) {
            return ReferenceOrderBook.restore(snapshot);
        }
    };

    abstract OrderBook open(MarketRules rules);

    abstract OrderBook restore(BookSnapshot snapshot);
}
