package org.ecoledger.trading.matching;

import java.util.ArrayList;
import java.util.List;

/** Records every event in order. */
final class RecordingSink implements MatchSink {

    private final List<BookEvent> events = new ArrayList<>();

    List<BookEvent> events() {
        return events;
    }

    /** The events recorded since the last call. */
    List<BookEvent> drain() {
        List<BookEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    @Override
    public void onAccepted(long orderId, long owner, Side side, long limitPrice, long quantity) {
        events.add(new BookEvent.Accepted(orderId, owner, side, limitPrice, quantity));
    }

    @Override
    public void onRejected(long orderId, long owner, RejectionReason reason) {
        events.add(new BookEvent.Rejected(orderId, owner, reason));
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                        long price, long quantity, Side takerSide, long makerRemaining) {
        events.add(new BookEvent.Trade(takerOrderId, makerOrderId, takerOwner, makerOwner, price, quantity, takerSide, makerRemaining));
    }

    @Override
    public void onRested(long orderId, long owner, Side side, long price, long remaining) {
        events.add(new BookEvent.Rested(orderId, owner, side, price, remaining));
    }

    @Override
    public void onCancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause) {
        events.add(new BookEvent.Cancelled(orderId, owner, side, price, remaining, cause));
    }
}
