package org.ecoledger.trading.views;

import java.time.LocalDate;

/** The moves a handler of the read model makes for one event. */
interface Moves {

    void openAccount(String owner, String area);

    void moveCash(String owner, long available, long reserved);

    void moveReserveCash(String owner, String area, long available, long reserved);

    void moveHolding(String owner, String quotaClass, long available, long reserved);

    void placeOrder(ViewChanges.OrderRow order);

    void releaseBuyReservation(String buyOrderId, String buyer, long kilograms);

    void fill(String orderId, long grams);

    void cancel(String orderId, String cause);

    void trade(ViewChanges.TradeRow trade, LocalDate day);
}
