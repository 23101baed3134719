package org.ecoledger.trading.matching;

/** What a {@link MatchSink} was told, as values, so that tests can compare event sequences. */
sealed interface BookEvent {

    record Accepted(long orderId, long owner, Side side, long limitPrice, long quantity) implements BookEvent {
    }

    record Rejected(long orderId, long owner, RejectionReason reason) implements BookEvent {
    }

    record Trade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                 long price, long quantity, Side takerSide, long makerRemaining) implements BookEvent {
    }

    record Rested(long orderId, long owner, Side side, long price, long remaining) implements BookEvent {
    }

    record Cancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause) implements BookEvent {
    }
}
