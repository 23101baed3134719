package org.ecoledger.trading.matching;

import org.ecoledger.trading.matching.BookEvent.Accepted;
import org.ecoledger.trading.matching.BookEvent.Cancelled;
import org.ecoledger.trading.matching.BookEvent.Rejected;
import org.ecoledger.trading.matching.BookEvent.Rested;
import org.ecoledger.trading.matching.BookEvent.Trade;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The {@link OrderBook} contract restated from the snapshot before a command: given the resting
 * orders in priority order, exactly which events the command must report. It uses neither book's
 * code, so it judges both.
 */
final class ContractOracle {

    private ContractOracle() {
    }

    static void checkPlace(BookSnapshot before, BookCommand.Place order, List<BookEvent> events, String step) {
        RejectionReason rejection = expectedRejection(before, order);
        if (rejection != null) {
            assertThat(events).as(step).containsExactly(new Rejected(order.orderId(), order.owner(), rejection));
            return;
        }
        assertThat(events).as(step).first().isEqualTo(new Accepted(order.orderId(), order.owner(), order.side(), order.price(), order.quantity()));
        // Price-time priority: the order meets the opposite side's resting orders strictly in snapshot order.
        List<RestingOrder> opposite = before.orders().stream().filter(o -> o.side() != order.side()).toList();
        int next = 0;
        long left = order.quantity();
        boolean rested = false;
        for (BookEvent event : events.subList(1, events.size())) {
            if (left == 0 || rested) {
                fail("nothing may follow a filled or rested order: " + step);
            }
            if (event instanceof Trade trade) {
                RestingOrder maker = meets(opposite, next, order, step);
                assertThat(maker.owner()).as("no self-trade: " + step).isNotEqualTo(order.owner());
                long quantity = Math.min(left, maker.remaining());
                assertThat(trade).as(step).isEqualTo(new Trade(order.orderId(), maker.orderId(), order.owner(), maker.owner(),
                        maker.price(), quantity, order.side(), maker.remaining() - quantity));
                assertThat(before.rules().allowsPrice(trade.price())).as("trade within the floor and limits: " + step).isTrue();
                left -= quantity;
                if (trade.makerRemaining() == 0) {
                    next++;
                }
            } else if (event instanceof Cancelled cancelled) {
                RestingOrder own = meets(opposite, next, order, step);
                assertThat(cancelled).as(step).isEqualTo(new Cancelled(own.orderId(), own.owner(), own.side(), own.price(),
                        own.remaining(), CancelCause.SELF_TRADE_PREVENTION));
                assertThat(own.owner()).as(step).isEqualTo(order.owner());
                next++;
            } else if (event instanceof Rested rest) {
                assertThat(rest).as(step).isEqualTo(new Rested(order.orderId(), order.owner(), order.side(), order.price(), left));
                rested = true;
            } else {
                fail("unexpected " + event + " in " + step);
            }
        }
        if (left > 0) {
            assertThat(rested).as("what is left rests: " + step).isTrue();
            assertThat(next == opposite.size() || !crosses(order, opposite.get(next).price()))
                    .as("matching stops only when nothing crosses: " + step).isTrue();
        }
    }

    static void checkCancel(BookSnapshot before, BookCommand.Cancel cancel, List<BookEvent> events, String step) {
        Optional<RestingOrder> resting = before.orders().stream().filter(o -> o.orderId() == cancel.orderId()).findFirst();
        if (resting.isEmpty()) {
            assertThat(events).as(step).containsExactly(new Rejected(cancel.orderId(), cancel.owner(), RejectionReason.UNKNOWN_ORDER));
        } else if (resting.get().owner() != cancel.owner()) {
            assertThat(events).as(step).containsExactly(new Rejected(cancel.orderId(), cancel.owner(), RejectionReason.NOT_OWNER));
        } else {
            RestingOrder o = resting.get();
            assertThat(events).as(step).containsExactly(new Cancelled(o.orderId(), o.owner(), o.side(), o.price(), o.remaining(), CancelCause.OWNER_REQUEST));
        }
    }

    static void checkChangeRules(BookSnapshot before, MarketRules rules, List<BookEvent> events, String step) {
        List<BookEvent> expected = before.orders().stream()
                .filter(o -> !rules.allowsPrice(o.price()))
                .map(o -> (BookEvent) new Cancelled(o.orderId(), o.owner(), o.side(), o.price(), o.remaining(), CancelCause.OUTSIDE_NEW_RULES))
                .toList();
        assertThat(events).as(step).isEqualTo(expected);
    }

    private static RejectionReason expectedRejection(BookSnapshot before, BookCommand.Place order) {
        MarketRules rules = before.rules();
        if (before.orders().stream().anyMatch(o -> o.orderId() == order.orderId())) {
            return RejectionReason.DUPLICATE_ORDER_ID;
        } else if (order.orderId() <= before.lastOrderId()) {
            return RejectionReason.ORDER_ID_NOT_INCREASING;
        } else if (order.quantity() < rules.minQuantity()) {
            return RejectionReason.BELOW_MIN_QUANTITY;
        } else if (order.price() < rules.floorPrice()) {
            return RejectionReason.BELOW_FLOOR;
        } else if (order.price() < rules.dailyLimits().lowest() || order.price() > rules.dailyLimits().highest()) {
            return RejectionReason.OUTSIDE_DAILY_LIMIT;
        }
        return null;
    }

    private static RestingOrder meets(List<RestingOrder> opposite, int next, BookCommand.Place order, String step) {
        assertThat(next).as("the order meets no more resting orders than there are: " + step).isLessThan(opposite.size());
        RestingOrder resting = opposite.get(next);
        assertThat(crosses(order, resting.price())).as("the order meets only prices within its limit: " + step).isTrue();
        return resting;
    }

    private static boolean crosses(BookCommand.Place order, long restingPrice) {
        return order.side() == Side.BUY ? restingPrice <= order.price() : restingPrice >= order.price();
    }
}
