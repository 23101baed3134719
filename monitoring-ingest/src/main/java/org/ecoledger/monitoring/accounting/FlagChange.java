package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** A flag raised or cleared, as both implementations emit it and {@code violation-flags} carries it. */
public sealed interface FlagChange {

    Object payload();

    String flagId();

    EnterpriseId enterpriseId();

    Instant occurredAt();

    /** The {@code event-id} header: the same for a replayed topology, so consumers deduplicate. */
    String eventId();

    record Raised(ViolationFlagRaised event) implements FlagChange {

        @Override
        public Object payload() {
            return event;
        }

        @Override
        public String flagId() {
            return event.flagId();
        }

        @Override
        public EnterpriseId enterpriseId() {
            return event.enterpriseId();
        }

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
        public Object payload() {
            return event;
        }

        @Override
        public String flagId() {
            return event.flagId();
        }

        @Override
        public EnterpriseId enterpriseId() {
            return event.enterpriseId();
        }

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
