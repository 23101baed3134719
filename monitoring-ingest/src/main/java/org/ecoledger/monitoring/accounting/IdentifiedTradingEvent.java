package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.trading.event.TradingIntegrationEvent;

import java.util.List;

/**
 * A trading event as read from {@code trading-events}, with the ID trading-service published it
 * under: the {@code event-id} header, the event's identifier in trading-service's event store,
 * which a redelivery carries again. The payloads' own identities differ by type (a trade's
 * sequence in its area, a transfer's, auction's, buy-back's or allocation's ID, a permit and its
 * version) and a credited voluntary reduction has none, so the header is what identifies every
 * type alike.
 */
public record IdentifiedTradingEvent(String eventId, TradingIntegrationEvent event) {

    public List<AccountingInput.HoldingChangeArrived> holdingChanges() {
        return AccountingInput.HoldingChangeArrived.of(eventId, event);
    }
}
