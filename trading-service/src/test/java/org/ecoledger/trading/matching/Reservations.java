package org.ecoledger.trading.matching;

import org.ecoledger.trading.matching.BookEvent.Accepted;
import org.ecoledger.trading.matching.BookEvent.Cancelled;
import org.ecoledger.trading.matching.BookEvent.Trade;

import java.util.HashMap;
import java.util.Map;

/**
 * What a caller reserves per owner, kept from the events alone the way {@link MatchSink} describes:
 * buyers' cash at their limit price, sellers' quota. At any time it must equal what the resting
 * orders hold, which shows the events tell the caller enough to release every reservation.
 */
final class Reservations {

    record Held(Map<Long, Long> cashFen, Map<Long, Long> quotaKg) {
    }

    private final Map<Long, Long> cash = new HashMap<>();
    private final Map<Long, Long> quota = new HashMap<>();
    private long takerLimitPrice;

    void apply(BookEvent event) {
        if (event instanceof Accepted a) {
            takerLimitPrice = a.limitPrice();
            if (a.side() == Side.BUY) {
                add(cash, a.owner(), a.limitPrice() * a.quantity());
            } else {
                add(quota, a.owner(), a.quantity());
            }
        } else if (event instanceof Trade t) {
            if (t.takerSide() == Side.BUY) {
                // Pays price × quantity and gets (limit − price) × quantity back: limit × quantity leaves the reservation.
                add(cash, t.takerOwner(), -takerLimitPrice * t.quantity());
                add(quota, t.makerOwner(), -t.quantity());
            } else {
                add(cash, t.makerOwner(), -t.price() * t.quantity());
                add(quota, t.takerOwner(), -t.quantity());
            }
        } else if (event instanceof Cancelled c) {
            if (c.side() == Side.BUY) {
                add(cash, c.owner(), -c.price() * c.remaining());
            } else {
                add(quota, c.owner(), -c.remaining());
            }
        }
    }

    Held asHeld() {
        return new Held(withoutZeros(cash), withoutZeros(quota));
    }

    static Held of(BookSnapshot snapshot) {
        Reservations held = new Reservations();
        for (RestingOrder o : snapshot.orders()) {
            if (o.side() == Side.BUY) {
                add(held.cash, o.owner(), o.price() * o.remaining());
            } else {
                add(held.quota, o.owner(), o.remaining());
            }
        }
        return held.asHeld();
    }

    private static void add(Map<Long, Long> amounts, long owner, long amount) {
        amounts.merge(owner, amount, Long::sum);
    }

    private static Map<Long, Long> withoutZeros(Map<Long, Long> amounts) {
        Map<Long, Long> nonZero = new HashMap<>(amounts);
        nonZero.values().removeIf(v -> v == 0);
        return nonZero;
    }
}
