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
 * resting orders, and loading the snapshot rebuilds the book from them.
 */
final class Market {

    private final OrderBook book;

    Market(MarketRules rules) {
        this(new FastOrderBook(rules));
    }

    @JsonCreator
    Market(@JsonProperty("book") BookSnapshot snapshot) {
        this(FastOrderBook.restore(snapshot));
    }

    private Market(OrderBook book) {
        this.book = book;
    }

    /** A market whose book is a copy of this one's, taken while the ledger waits; its snapshot is made after. */
    Market copyForSnapshot() {
        return new Market(book.copy());
    }

    @JsonProperty("book")
    BookSnapshot snapshot() {
        return book.snapshot();
    }

    OrderBook book() {
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
