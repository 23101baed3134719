package org.ecoledger.trading.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a book needs to go on exactly where it was: its rules, the last accepted order ID and
 * the resting orders in priority order — the bids from the highest price down, then the asks from
 * the lowest price up, in time (ID) order within a price. Either implementation restores the other's
 * snapshot, and a restored book fed the same commands reports the same events as the original.
 */
public record BookSnapshot(MarketRules rules, long lastOrderId, List<RestingOrder> orders) {

    public BookSnapshot {
        Objects.requireNonNull(rules, "rules");
        orders = List.copyOf(orders);
        if (lastOrderId < 0) {
            throw new IllegalArgumentException("the last order ID cannot be negative: " + lastOrderId);
        }
        checkPriorityOrder(rules, lastOrderId, orders);
    }

    /** The empty book of a new market. */
    public static BookSnapshot empty(MarketRules rules) {
        return new BookSnapshot(rules, 0, List.of());
    }

    private static void checkPriorityOrder(MarketRules rules, long lastOrderId, List<RestingOrder> orders) {
        Set<Long> ids = new HashSet<>();
        RestingOrder previous = null;
        long highestBid = 0;
        for (RestingOrder order : orders) {
            if (!ids.add(order.orderId()) || order.orderId() > lastOrderId) {
                throw new IllegalArgumentException("order " + order.orderId() + " is repeated or above the last order ID " + lastOrderId);
            }
            if (!rules.allowsPrice(order.price())) {
                throw new IllegalArgumentException("order " + order.orderId() + " rests at a price the rules do not allow: " + order.price());
            }
            if (order.side() == Side.BUY) {
                highestBid = Math.max(highestBid, order.price());
            } else if (order.price() <= highestBid) {
                throw new IllegalArgumentException("the book is crossed: ask " + order.orderId() + " at " + order.price() + " against a bid at " + highestBid);
            }
            if (previous != null && !inPriorityOrder(previous, order)) {
                throw new IllegalArgumentException("orders " + previous.orderId() + " and " + order.orderId() + " are not in priority order");
            }
            previous = order;
        }
    }

    private static boolean inPriorityOrder(RestingOrder first, RestingOrder second) {
        if (first.side() != second.side()) {
            return first.side() == Side.BUY;
        }
        if (first.price() != second.price()) {
            return first.side() == Side.BUY ? first.price() > second.price() : first.price() < second.price();
        }
        return first.orderId() < second.orderId();
    }
}
