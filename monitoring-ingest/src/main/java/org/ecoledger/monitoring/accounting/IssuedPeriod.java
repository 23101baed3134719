package org.ecoledger.monitoring.accounting;

import java.time.Instant;

/** A stretch of time a permit was in the ISSUED status: from issue or reinstatement to the event that ended it; open while it lasts. */
public record IssuedPeriod(Instant from, Instant until) {

    public IssuedPeriod {
        if (from == null) {
            throw new IllegalArgumentException("an issued period has a start");
        }
    }

    public boolean isOpen() {
        return until == null;
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && (until == null || instant.isBefore(until));
    }

    public IssuedPeriod closedAt(Instant end) {
        return new IssuedPeriod(from, end);
    }
}
