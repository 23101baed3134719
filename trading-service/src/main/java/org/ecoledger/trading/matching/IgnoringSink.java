package org.ecoledger.trading.matching;

/** The sink of {@link MatchSink#ignoring()}. */
enum IgnoringSink implements MatchSink {
    INSTANCE;

    @Override
    public void onAccepted(long orderId, long owner, Side side, long limitPrice, long quantity) {
    }

    @Override
    public void onRejected(long orderId, long owner, RejectionReason reason) {
    }

    @Override
    public void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                        long price, long quantity, Side takerSide, long makerRemaining) {
    }

    @Override
    public void onRested(long orderId, long owner, Side side, long price, long remaining) {
    }

    @Override
    public void onCancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause) {
    }
}
