package org.ecoledger.trading.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.trading.TradingAreaId;

import java.util.List;

/**
 * Places and cancels orders of one area in one unit of work: the order gateway collects what
 * arrives while the previous batch commits, so under load many orders share one transaction
 * (group commit) and the ledger still decides them one by one, in arrival order.
 *
 * @param requests {@code PlaceOrder} and {@code CancelOrder} commands of this area
 */
public record ExecuteOrders(@TargetAggregateIdentifier TradingAreaId area, List<Object> requests) {

    public ExecuteOrders {
        requests = List.copyOf(requests);
    }
}
