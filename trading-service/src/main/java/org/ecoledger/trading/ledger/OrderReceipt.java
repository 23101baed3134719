package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.Mass;

import java.util.List;

/**
 * The answer to an order: its ID, the trades it made at once, and what rests in the book.
 * {@code repeated} says the client order ID was known, so this is the earlier order's ID and
 * nothing new happened.
 */
public record OrderReceipt(OrderId orderId, boolean repeated, List<TradeSettled> trades, Mass resting) {
}
