package org.ecoledger.trading.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The moves of one event, held until its handler has returned and then added to the batch's
 * {@link ViewChanges} all at once. A handler that throws part way (an event missing a field, from a
 * defect in the ledger or an upcaster) is dead-lettered while the batch goes on; had its first moves
 * already been added, they would be committed with the batch and made again when the letter is
 * retried. Every argument is read from the event while the move is recorded, so whatever can throw
 * throws before anything is added.
 */
final class EventMoves implements Moves {

    private final List<Consumer<ViewChanges>> moves = new ArrayList<>(8);

    void addTo(ViewChanges changes) {
        for (Consumer<ViewChanges> move : moves) {
            move.accept(changes);
        }
    }

    @Override
    public void openAccount(String owner, String area) {
        moves.add(changes -> changes.openAccount(owner, area));
    }

    @Override
    public void moveCash(String owner, long available, long reserved) {
        moves.add(changes -> changes.moveCash(owner, available, reserved));
    }

    @Override
    public void moveReserveCash(String owner, String area, long available, long reserved) {
        moves.add(changes -> changes.moveReserveCash(owner, area, available, reserved));
    }

    @Override
    public void moveHolding(String owner, String quotaClass, long available, long reserved) {
        moves.add(changes -> changes.moveHolding(owner, quotaClass, available, reserved));
    }

    @Override
    public void placeOrder(ViewChanges.OrderRow order) {
        moves.add(changes -> changes.placeOrder(order));
    }

    @Override
    public void releaseBuyReservation(String buyOrderId, String buyer, long kilograms) {
        moves.add(changes -> changes.releaseBuyReservation(buyOrderId, buyer, kilograms));
    }

    @Override
    public void fill(String orderId, long grams) {
        moves.add(changes -> changes.fill(orderId, grams));
    }

    @Override
    public void cancel(String orderId, String cause) {
        moves.add(changes -> changes.cancel(orderId, cause));
    }

    @Override
    public void trade(ViewChanges.TradeRow trade, LocalDate day) {
        moves.add(changes -> changes.trade(trade, day));
    }
}
