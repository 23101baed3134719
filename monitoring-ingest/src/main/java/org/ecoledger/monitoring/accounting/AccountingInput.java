package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;

import java.time.Instant;

/**
 * What the accounting consumes, in one ordered stream per enterprise. Each input carries the
 * event time that advances the accounting clock: a reading's {@code receivedAt}, a permit event's
 * {@code at}, or the instant the clock is advanced to.
 */
public sealed interface AccountingInput {

    Instant time();

    /**
     * Whether a reading can be accounted at all: it must name its enterprise, outlet, period and
     * times. Others are dropped before they reach the accounting and do not move its clock.
     */
    static boolean isAccountable(DeviceReadingReceived reading) {
        return reading != null && reading.mn() != null && reading.enterpriseId() != null && reading.outlet() != null
                && reading.period() != null && reading.dataTime() != null && reading.receivedAt() != null;
    }

    record ReadingArrived(DeviceReadingReceived reading) implements AccountingInput {

        @Override
        public Instant time() {
            return reading.receivedAt();
        }
    }

    record PermitEventArrived(PermitIntegrationEvent event) implements AccountingInput {

        @Override
        public Instant time() {
            return event.at();
        }
    }

    record ClockAdvanced(Instant to) implements AccountingInput {

        @Override
        public Instant time() {
            return to;
        }
    }
}
