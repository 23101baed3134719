package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.Side;
import org.ecoledger.trading.matching.CancelCause;
import org.ecoledger.trading.matching.MatchSink;
import org.ecoledger.trading.matching.RejectionReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a book did while the ledger applied one event, so that the command handler can
 * record the trades and cancellations as events of their own. On replay the same calls happen and
 * are simply dropped with the next {@link #clear()}.
 */
final class BookRecorder implements MatchSink {

    record Trade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner, long price, long quantity,
                 org.ecoledger.trading.matching.Side takerSide) {
    }

    record Cancel(long orderId, long remaining, CancelCause cause) {
    }

    private final List<Trade> trades = new ArrayList<>();
    private final List<Cancel> cancels = new ArrayList<>();
    private RejectionReason rejection;

    void clear() {
        trades.clear();
        cancels.clear();
        rejection = null;
    }

    List<Trade> trades() {
        return trades;
    }

    List<Cancel> cancels() {
        return cancels;
    }

    /** The ledger checks the market rules before it records an order, so a book refusal is a bug. */
    void requireAccepted() {
        if (rejection != null) {
            throw new IllegalStateException("the book refused an order the ledger had accepted: " + rejection);
        }
    }

    static org.ecoledger.trading.matching.Side sideOf(Side side) {
        return side == Side.BUY ? org.ecoledger.trading.matching.Side.BUY : org.ecoledger.trading.matching.Side.SELL;
    }

    @Override
    public void onAccepted(long orderId, long owner, org.ecoledger.trading.matching.Side side, long limitPrice, long quantity) {
    }

    @Override
    public void onRejected(long orderId, long owner, RejectionReason reason) {
        rejection = reason;
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner, long price, long quantity,
                        org.ecoledger.trading.matching.Side takerSide, long makerRemaining) {
        trades.add(new Trade(takerOrderId, makerOrderId, takerOwner, makerOwner, price, quantity, takerSide));
    }

    @Override
    public void onRested(long orderId, long owner, org.ecoledger.trading.matching.Side side, long price, long remaining) {
    }

    @Override
    public void onCancelled(long orderId, long owner, org.ecoledger.trading.matching.Side side, long price, long remaining, CancelCause cause) {
        cancels.add(new Cancel(orderId, remaining, cause));
    }
}
