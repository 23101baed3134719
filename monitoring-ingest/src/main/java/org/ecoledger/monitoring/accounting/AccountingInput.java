package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the accounting consumes, in one ordered stream per enterprise. Each input carries the
 * event time that advances the accounting clock: a reading's {@code receivedAt}, a permit or
 * trading event's {@code at}, or the instant the clock is advanced to.
 */
public sealed interface AccountingInput {

    Instant time();

    /**
     * Whether a reading can be accounted at all: it must name its enterprise, outlet, period and
     * times. Others are set aside as dead letters before they reach the accounting and do not move
     * its clock.
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

    /**
     * How one trading event changed one enterprise's settled holding of one quota class.
     *
     * @param tradingEventId the ID trading-service published the event under ({@code event-id}):
     *                       with the enterprise and the class it identifies the change, so that a
     *                       redelivered event changes nothing
     */
    record HoldingChangeArrived(String tradingEventId, HoldingChange change, Instant at) implements AccountingInput {

        /**
         * The changes of one trading event, one per enterprise and class (a change that nets to
         * nothing, such as a trade of an enterprise with itself, is left out), in the order the
         * event lists them.
         */
        public static List<HoldingChangeArrived> of(String tradingEventId, TradingIntegrationEvent event) {
            Map<String, HoldingChange> netted = new LinkedHashMap<>();
            for (HoldingChange change : event.holdingChanges()) {
                netted.merge(change.enterprise().value() + "|" + change.quotaClass().key(), change, (a, b) ->
                        new HoldingChange(a.enterprise(), a.quotaClass(), Math.addExact(a.deltaGrams(), b.deltaGrams())));
            }
            List<HoldingChangeArrived> changes = new ArrayList<>();
            netted.values().stream()
                    .filter(change -> change.deltaGrams() != 0)
                    .forEach(change -> changes.add(new HoldingChangeArrived(tradingEventId, change, event.at())));
            return changes;
        }

        public EnterpriseId enterprise() {
            return change.enterprise();
        }

        public QuotaClass quotaClass() {
            return change.quotaClass();
        }

        /** What a redelivery is recognised by; it starts with the enterprise, as every key of the accounting's stores does. */
        public String deduplicationKey() {
            return change.enterprise().value() + "|" + change.quotaClass().key() + "|" + tradingEventId;
        }

        @Override
        public Instant time() {
            return at;
        }
    }

    record ClockAdvanced(Instant to) implements AccountingInput {

        @Override
        public Instant time() {
            return to;
        }
    }
}
