package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.trading.api.MarketRulesSet;
import org.ecoledger.trading.matching.BookSnapshot;
import org.ecoledger.trading.matching.FastOrderBook;
import org.ecoledger.trading.matching.MarketRules;
import org.ecoledger.trading.matching.OrderBook;
import org.ecoledger.trading.matching.PriceBand;

/**
 * One market (one quota class): its order book. A snapshot of the ledger stores the book's
 * resting orders, and loading the snapshot rebuilds the book from them. A copy for a snapshot
 * holds those resting orders alone and does not trade.
 */
final class Market {

    /** Null in a copy for a snapshot. */
    private final OrderBook book;
    /** The resting orders of a copy for a snapshot; null in a market that trades. */
    private final BookSnapshot copied;

    Market(MarketRules rules) {
        this(new FastOrderBook(rules), null);
    }

    @JsonCreator
    Market(@JsonProperty("book") BookSnapshot snapshot) {
        this(FastOrderBook.restore(snapshot), null);
    }

    private Market(OrderBook book, BookSnapshot copied) {
        this.book = book;
        this.copied = copied;
    }

    /** The resting orders as they are now, unchanged by later orders. */
    Market copyForSnapshot() {
        return new Market(null, snapshot());
    }

    @JsonProperty("book")
    BookSnapshot snapshot() {
        return copied != null ? copied : book.snapshot();
    }

    OrderBook book() {
        if (book == null) {
            throw new IllegalStateException("a market copied for a snapshot does not trade");
        }
        return book;
    }

    static MarketRules rulesOf(MarketRulesSet event) {
        PriceBand band = event.referencePrice() == null
                ? PriceBand.UNLIMITED
                : PriceBand.around(event.referencePrice().fenPerKilogram(), event.dailyLimitPercent());
        return new MarketRules(event.floorPrice().fenPerKilogram(), band, Quantities.wholeKilograms(event.minimumQuantity()));
    }

    static boolean allows(MarketRules rules, Price price) {
        return rules.allowsPrice(price.fenPerKilogram());
    }

    /** Two markets are equal when their books hold the same orders under the same rules: what a replay must reproduce. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Market that && snapshot().equals(that.snapshot());
    }

    @Override
    public int hashCode() {
        return snapshot().hashCode();
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
