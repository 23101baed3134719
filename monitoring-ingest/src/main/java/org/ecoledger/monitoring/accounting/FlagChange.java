package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagEvent;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** A flag raised or cleared, as both implementations emit it and {@code violation-flags} carries it. */
public sealed interface FlagChange {

    /** The raised or cleared event itself, as the topic carries it. */
    ViolationFlagEvent event();

    Instant occurredAt();

    /** The {@code event-id} header: the same for a replayed topology, so consumers deduplicate. */
    String eventId();

    default String flagId() {
        return event().flagId();
    }

    default EnterpriseId enterpriseId() {
        return event().enterpriseId();
    }

    record Raised(ViolationFlagRaised event) implements FlagChange {

        @Override
        public Instant occurredAt() {
            return event.raisedAt();
        }

        @Override
        public String eventId() {
            return event.flagId() + ":raised";
        }
    }

    record Cleared(ViolationFlagCleared event) implements FlagChange {

        @Override
        public Instant occurredAt() {
            return event.clearedAt();
        }

        @Override
        public String eventId() {
            return event.flagId() + ":cleared";
        }
    }
}
