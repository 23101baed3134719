package org.ecoledger.trading.views;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.event.AuctionLotAwarded;
import org.ecoledger.common.trading.event.BuyBackSettled;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.trading.event.QuotaReinstatedForPermit;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.trading.event.TransferSettled;
import org.ecoledger.common.trading.event.VoluntaryReductionCredited;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.trading.api.AccountOpened;
import org.ecoledger.trading.api.AuctionCleared;
import org.ecoledger.trading.api.AuctionOpened;
import org.ecoledger.trading.api.BidSubmitted;
import org.ecoledger.trading.api.BuyBackClosed;
import org.ecoledger.trading.api.BuyBackOffered;
import org.ecoledger.trading.api.BuyingRestricted;
import org.ecoledger.trading.api.BuyingRestrictionLifted;
import org.ecoledger.trading.api.CashDeposited;
import org.ecoledger.trading.api.CashWithdrawn;
import org.ecoledger.trading.api.MarketRulesSet;
import org.ecoledger.trading.api.OrderCancelled;
import org.ecoledger.trading.api.OrderPlaced;
import org.ecoledger.trading.api.ReserveStocked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the trading read models (balances, orders, trades, markets and daily candles) in step
 * with the ledgers. It moves the same amounts the ledger moved, event by event, into the
 * {@link ViewChanges} of the processor's batch, which writes each touched row once when the batch
 * commits: one SQL round trip per move, 2 to 10 per event, was what kept it behind the ledger.
 * Its token commits with its rows, and a replay from the start rebuilds every table.
 */
@Component
@ProcessingGroup(TradingViewsProjection.PROCESSING_GROUP)
class TradingViewsProjection {

    static final String PROCESSING_GROUP = "trading-views";
    private static final String CHANGES = TradingViewsProjection.class.getName() + ".changes";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final long GRAMS_PER_KILOGRAM = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TradingViewsProjection(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @EventHandler
    void on(AccountOpened event) {
        handle(moves -> moves.openAccount(event.enterprise().value(), event.area().value()));
    }

    @EventHandler
    void on(CashDeposited event) {
        handle(moves -> moves.moveCash(event.enterprise().value(), event.amount().fen(), 0));
    }

    @EventHandler
    void on(CashWithdrawn event) {
        handle(moves -> moves.moveCash(event.enterprise().value(), -event.amount().fen(), 0));
    }

    @EventHandler
    void on(QuotaAllocated event) {
        handle(moves -> {
            moves.moveHolding(event.enterprise().value(), event.quotaClass().key(), event.quantity().grams(), 0);
            moves.moveCash(event.enterprise().value(), -event.fee().fen(), 0);
            moves.moveReserveCash(reserveOf(event.quotaClass().region()), event.area().value(), event.fee().fen(), 0);
        });
    }

    @EventHandler
    void on(ReserveStocked event) {
        handle(moves -> moves.moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass().key(), event.quantity().grams(), 0));
    }

    @EventHandler
    void on(VoluntaryReductionCredited event) {
        handle(moves -> moves.moveHolding(event.enterprise().value(), event.quotaClass().key(), event.quantity().grams(), 0));
    }

    @EventHandler
    void on(BuyingRestricted event) {
        restrict(event.enterprise().value(), true);
    }

    @EventHandler
    void on(BuyingRestrictionLifted event) {
        restrict(event.enterprise().value(), false);
    }

    @EventHandler
    void on(MarketRulesSet event) {
        // a trade sets the last price of a market that has rules only: trades before the rules were set find no row
        changes().flush();
        QuotaClass market = event.quotaClass();
        jdbc.sql("""
                        INSERT INTO market (quota_class, area, pollutant, region, vintage, floor_price, reference_price, daily_limit_pct, minimum_grams)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (quota_class) DO UPDATE SET floor_price = EXCLUDED.floor_price, reference_price = EXCLUDED.reference_price,
                            daily_limit_pct = EXCLUDED.daily_limit_pct, minimum_grams = EXCLUDED.minimum_grams""")
                .params(market.key(), event.area().value(), market.pollutant().name(), market.region().value(), market.vintage(),
                        event.floorPrice().fenPerKilogram(), event.referencePrice() == null ? null : event.referencePrice().fenPerKilogram(),
                        event.dailyLimitPercent(), event.minimumQuantity().grams())
                .update();
    }

    @EventHandler
    void on(OrderPlaced event) {
        handle(moves -> {
            moves.placeOrder(new ViewChanges.OrderRow(event.orderId().value(), event.area().value(), event.enterprise().value(),
                    event.clientOrderId().value(), event.quotaClass().key(), event.side().name(), event.limitPrice().fenPerKilogram(),
                    event.quantity().grams(), event.at()));
            if (event.side() == Side.BUY) {
                long cost = event.limitPrice().fenPerKilogram() * kilograms(event.quantity().grams());
                moves.moveCash(event.enterprise().value(), -cost, cost);
            } else {
                moves.moveHolding(event.enterprise().value(), event.quotaClass().key(), -event.quantity().grams(), event.quantity().grams());
            }
        });
    }

    @EventHandler
    void on(TradeSettled event) {
        handle(moves -> {
            long grams = event.quantity().grams();
            String quotaClass = event.quotaClass().key();
            // the buyer reserved its limit price for these kilograms and pays the trade's value
            moves.moveCash(event.buyer().value(), -event.value().fen(), 0);
            moves.releaseBuyReservation(event.buyOrderId().value(), event.buyer().value(), kilograms(grams));
            moves.moveHolding(event.buyer().value(), quotaClass, grams, 0);
            moves.moveHolding(event.seller().value(), quotaClass, 0, -grams);
            moves.moveCash(event.seller().value(), event.value().fen(), 0);
            moves.fill(event.buyOrderId().value(), grams);
            moves.fill(event.sellOrderId().value(), grams);
            moves.trade(new ViewChanges.TradeRow(event.area().value(), event.tradeSequence(), quotaClass,
                            event.quotaClass().pollutant().name(), event.quotaClass().region().value(), event.buyer().value(),
                            event.seller().value(), event.buyOrderId().value(), event.sellOrderId().value(), event.price().fenPerKilogram(),
                            grams, event.value().fen(), event.at()),
                    LocalDate.ofInstant(event.at(), CHINA));
        });
    }

    @EventHandler
    void on(OrderCancelled event) {
        handle(moves -> {
            long grams = event.remaining().grams();
            if (event.side() == Side.BUY) {
                long amount = event.limitPrice().fenPerKilogram() * kilograms(grams);
                moves.moveCash(event.enterprise().value(), amount, -amount);
            } else {
                moves.moveHolding(event.enterprise().value(), event.quotaClass().key(), grams, -grams);
            }
            moves.cancel(event.orderId().value(), event.cause().name());
        });
    }

    @EventHandler
    void on(AuctionOpened event) {
        handle(moves -> moves.moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass().key(), -event.quantity().grams(),
                event.quantity().grams()));
    }

    @EventHandler
    void on(BidSubmitted event) {
        long cost = event.price().valueOf(event.quantity()).fen();
        EventMoves moves = new EventMoves();
        moves.moveCash(event.enterprise().value(), -cost, cost);
        // the bids are read back when the auction clears, so they are written at once
        jdbc.sql("INSERT INTO auction_bid (auction_id, bid_sequence, enterprise, reserved_fen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.auctionId().value(), event.bidSequence(), event.enterprise().value(), cost).update();
        moves.addTo(changes());
    }

    @EventHandler
    void on(AuctionCleared event) {
        String auction = event.auctionId().value();
        long unsold = event.unsoldQuantity().grams();
        EventMoves moves = new EventMoves();
        moves.moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass().key(), unsold, -unsold);
        List<Object[]> bids = jdbc.sql("SELECT enterprise, reserved_fen FROM auction_bid WHERE auction_id = ?").param(auction)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        jdbc.sql("DELETE FROM auction_bid WHERE auction_id = ?").param(auction).update();
        bids.forEach(bid -> moves.moveCash((String) bid[0], (Long) bid[1], -(Long) bid[1]));
        moves.addTo(changes());
    }

    @EventHandler
    void on(AuctionLotAwarded event) {
        handle(moves -> {
            String reserve = reserveOf(event.quotaClass().region());
            moves.moveCash(event.winner().value(), -event.value().fen(), 0);
            moves.moveHolding(event.winner().value(), event.quotaClass().key(), event.quantity().grams(), 0);
            moves.moveReserveCash(reserve, event.area().value(), event.value().fen(), 0);
            moves.moveHolding(reserve, event.quotaClass().key(), 0, -event.quantity().grams());
        });
    }

    @EventHandler
    void on(BuyBackOffered event) {
        long budget = event.price().valueOf(event.maximumQuantity()).fen();
        handle(moves -> moves.moveReserveCash(reserveOf(event.quotaClass().region()), event.area().value(), -budget, budget));
    }

    @EventHandler
    void on(BuyBackSettled event) {
        handle(moves -> {
            moves.moveHolding(event.seller().value(), event.quotaClass().key(), -event.quantity().grams(), 0);
            moves.moveCash(event.seller().value(), event.value().fen(), 0);
            moves.moveReserveCash(reserveOf(event.quotaClass().region()), event.area().value(), 0, -event.value().fen());
            moves.moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass().key(), event.quantity().grams(), 0);
        });
    }

    @EventHandler
    void on(BuyBackClosed event) {
        long released = event.releasedBudget().fen();
        handle(moves -> moves.moveReserveCash(reserveOf(event.quotaClass().region()), event.area().value(), released, -released));
    }

    @EventHandler
    void on(TransferSettled event) {
        handle(moves -> {
            String quotaClass = event.quotaClass().key();
            moves.moveHolding(event.seller().value(), quotaClass, -event.quantity().grams(), 0);
            moves.moveHolding(event.buyer().value(), quotaClass, event.quantity().grams(), 0);
            moves.moveCash(event.buyer().value(), -event.value().fen(), 0);
            moves.moveCash(event.seller().value(), event.value().fen(), 0);
        });
    }

    @EventHandler
    void on(QuotaRetiredForPermit event) {
        handle(moves -> event.retired().forEach(r -> moves.moveHolding(event.enterprise().value(), r.quotaClass().key(), -r.quantity().grams(),
                0)));
    }

    @EventHandler
    void on(QuotaReinstatedForPermit event) {
        handle(moves -> event.reinstated().forEach(r -> moves.moveHolding(event.enterprise().value(), r.quotaClass().key(), r.quantity().grams(),
                0)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE account_cash, account_holding, trading_order, market_depth, trade, market_day, market, auction_bid").update();
    }

    /** Adds the event's moves to the batch only once the handler has made all of them ({@link EventMoves}). */
    private void handle(Consumer<Moves> handler) {
        EventMoves moves = new EventMoves();
        handler.accept(moves);
        moves.addTo(changes());
    }

    /**
     * The changes of the batch being handled, written when its unit of work prepares to commit:
     * inside the transaction that stores the processor's token, so rows and token commit together.
     */
    private ViewChanges changes() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(CHANGES, key -> {
            ViewChanges changes = new ViewChanges(batches);
            unitOfWork.onPrepareCommit(committing -> changes.flush());
            return changes;
        });
    }

    private void restrict(String enterprise, boolean restricted) {
        // the flag is set on the account's row, which may be pending in this batch
        changes().flush();
        jdbc.sql("UPDATE account_cash SET buying_restricted = ? WHERE owner = ?").params(restricted, enterprise).update();
    }

    static String reserveOf(RegionCode region) {
        return "reserve:" + region.value();
    }

    private static long kilograms(long grams) {
        return grams / GRAMS_PER_KILOGRAM;
    }
}
