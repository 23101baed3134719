package org.ecoledger.trading.matching;

/** A command to a book, as a value, so that one random stream can be fed to several books. */
sealed interface BookCommand {

    void applyTo(OrderBook book, MatchSink sink);

    record Place(long orderId, long owner, Side side, long price, long quantity) implements BookCommand {
        @Override
        public void applyTo(OrderBook book, MatchSink sink) {
            book.place(orderId, owner, side, price, quantity, sink);
        }
    }

    record Cancel(long orderId, long owner) implements BookCommand {
        @Override
        public void applyTo(OrderBook book, MatchSink sink) {
            book.cancel(orderId, owner, sink);
        }
    }

    record ChangeRules(MarketRules rules) implements BookCommand {
        @Override
        public void applyTo(OrderBook book, MatchSink sink) {
            book.changeRules(rules, sink);
        }
    }
}
