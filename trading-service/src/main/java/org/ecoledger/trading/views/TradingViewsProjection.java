package org.ecoledger.trading.views;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.ecoledger.common.value.EnterpriseId;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keeps the trading read models (balances, orders, trades, markets and daily candles) in step
 * with the ledgers. It moves the same amounts the ledger moved, event by event; its token commits
 * with its rows, and a replay from the start rebuilds every table.
 */
@Component
@ProcessingGroup(TradingViewsProjection.PROCESSING_GROUP)
class TradingViewsProjection {

    static final String PROCESSING_GROUP = "trading-views";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final long GRAMS_PER_KILOGRAM = 1_000;

    private final JdbcClient jdbc;

    TradingViewsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountOpened event) {
        jdbc.sql("INSERT INTO account_cash (owner, area) VALUES (?, ?) ON CONFLICT (owner) DO NOTHING")
                .params(event.enterprise().value(), event.area().value()).update();
    }

    @EventHandler
    void on(CashDeposited event) {
        moveCash(event.enterprise().value(), event.amount().fen(), 0);
    }

    @EventHandler
    void on(CashWithdrawn event) {
        moveCash(event.enterprise().value(), -event.amount().fen(), 0);
    }

    @EventHandler
    void on(QuotaAllocated event) {
        moveHolding(event.enterprise().value(), event.quotaClass(), event.quantity().grams(), 0);
        moveCash(event.enterprise().value(), -event.fee().fen(), 0);
        reserveCash(event.area().value(), event.quotaClass().region(), event.fee().fen(), 0);
    }

    @EventHandler
    void on(ReserveStocked event) {
        moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass(), event.quantity().grams(), 0);
    }

    @EventHandler
    void on(VoluntaryReductionCredited event) {
        moveHolding(event.enterprise().value(), event.quotaClass(), event.quantity().grams(), 0);
    }

    @EventHandler
    void on(BuyingRestricted event) {
        restrict(event.enterprise(), true);
    }

    @EventHandler
    void on(BuyingRestrictionLifted event) {
        restrict(event.enterprise(), false);
    }

    @EventHandler
    void on(MarketRulesSet event) {
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
        jdbc.sql("""
                        INSERT INTO trading_order (order_id, area, enterprise, client_order_id, quota_class, side, limit_price,
                            quantity_grams, remaining_grams, status, placed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT (order_id) DO NOTHING""")
                .params(event.orderId().value(), event.area().value(), event.enterprise().value(), event.clientOrderId().value(),
                        event.quotaClass().key(), event.side().name(), event.limitPrice().fenPerKilogram(), event.quantity().grams(),
                        event.quantity().grams(), timestamp(event.at()))
                .update();
        if (event.side() == Side.BUY) {
            long cost = event.limitPrice().fenPerKilogram() * kilograms(event.quantity().grams());
            moveCash(event.enterprise().value(), -cost, cost);
        } else {
            moveHolding(event.enterprise().value(), event.quotaClass(), -event.quantity().grams(), event.quantity().grams());
        }
    }

    @EventHandler
    void on(TradeSettled event) {
        long grams = event.quantity().grams();
        long buyLimit = jdbc.sql("SELECT limit_price FROM trading_order WHERE order_id = ?")
                .param(event.buyOrderId().value()).query(Long.class).single();
        long reservedAtLimit = buyLimit * kilograms(grams);
        moveCash(event.buyer().value(), reservedAtLimit - event.value().fen(), -reservedAtLimit);
        moveHolding(event.buyer().value(), event.quotaClass(), grams, 0);
        moveHolding(event.seller().value(), event.quotaClass(), 0, -grams);
        moveCash(event.seller().value(), event.value().fen(), 0);
        fill(event.buyOrderId().value(), grams);
        fill(event.sellOrderId().value(), grams);
        jdbc.sql("""
                        INSERT INTO trade (area, trade_sequence, quota_class, pollutant, region, buyer, seller, buy_order_id, sell_order_id,
                            price, quantity_grams, value_fen, traded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.area().value(), event.tradeSequence(), event.quotaClass().key(), event.quotaClass().pollutant().name(),
                        event.quotaClass().region().value(), event.buyer().value(), event.seller().value(), event.buyOrderId().value(),
                        event.sellOrderId().value(), event.price().fenPerKilogram(), grams, event.value().fen(), timestamp(event.at()))
                .update();
        candle(event.quotaClass().key(), LocalDate.ofInstant(event.at(), CHINA), event.price().fenPerKilogram(), grams, event.value().fen());
        jdbc.sql("UPDATE market SET last_price = ? WHERE quota_class = ?").params(event.price().fenPerKilogram(), event.quotaClass().key()).update();
    }

    @EventHandler
    void on(OrderCancelled event) {
        long grams = event.remaining().grams();
        if (event.side() == Side.BUY) {
            long amount = event.limitPrice().fenPerKilogram() * kilograms(grams);
            moveCash(event.enterprise().value(), amount, -amount);
        } else {
            moveHolding(event.enterprise().value(), event.quotaClass(), grams, -grams);
        }
        jdbc.sql("UPDATE trading_order SET remaining_grams = 0, status = 'CANCELLED', cancel_cause = ? WHERE order_id = ?")
                .params(event.cause().name(), event.orderId().value()).update();
    }

    @EventHandler
    void on(AuctionOpened event) {
        moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass(), -event.quantity().grams(), event.quantity().grams());
    }

    @EventHandler
    void on(BidSubmitted event) {
        long cost = event.price().valueOf(event.quantity()).fen();
        moveCash(event.enterprise().value(), -cost, cost);
        jdbc.sql("INSERT INTO auction_bid (auction_id, bid_sequence, enterprise, reserved_fen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.auctionId().value(), event.bidSequence(), event.enterprise().value(), cost).update();
    }

    @EventHandler
    void on(AuctionCleared event) {
        long unsold = event.unsoldQuantity().grams();
        moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass(), unsold, -unsold);
        jdbc.sql("SELECT enterprise, reserved_fen FROM auction_bid WHERE auction_id = ?").param(event.auctionId().value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list()
                .forEach(bid -> moveCash((String) bid[0], (Long) bid[1], -(Long) bid[1]));
        jdbc.sql("DELETE FROM auction_bid WHERE auction_id = ?").param(event.auctionId().value()).update();
    }

    @EventHandler
    void on(AuctionLotAwarded event) {
        moveCash(event.winner().value(), -event.value().fen(), 0);
        moveHolding(event.winner().value(), event.quotaClass(), event.quantity().grams(), 0);
        reserveCash(event.area().value(), event.quotaClass().region(), event.value().fen(), 0);
        String reserve = reserveOf(event.quotaClass().region());
        moveHolding(reserve, event.quotaClass(), 0, -event.quantity().grams());
    }

    @EventHandler
    void on(BuyBackOffered event) {
        long budget = event.price().valueOf(event.maximumQuantity()).fen();
        reserveCash(event.area().value(), event.quotaClass().region(), -budget, budget);
    }

    @EventHandler
    void on(BuyBackSettled event) {
        moveHolding(event.seller().value(), event.quotaClass(), -event.quantity().grams(), 0);
        moveCash(event.seller().value(), event.value().fen(), 0);
        reserveCash(event.area().value(), event.quotaClass().region(), 0, -event.value().fen());
        moveHolding(reserveOf(event.quotaClass().region()), event.quotaClass(), event.quantity().grams(), 0);
    }

    @EventHandler
    void on(BuyBackClosed event) {
        long released = event.releasedBudget().fen();
        reserveCash(event.area().value(), event.quotaClass().region(), released, -released);
    }

    @EventHandler
    void on(TransferSettled event) {
        moveHolding(event.seller().value(), event.quotaClass(), -event.quantity().grams(), 0);
        moveHolding(event.buyer().value(), event.quotaClass(), event.quantity().grams(), 0);
        moveCash(event.buyer().value(), -event.value().fen(), 0);
        moveCash(event.seller().value(), event.value().fen(), 0);
    }

    @EventHandler
    void on(QuotaRetiredForPermit event) {
        event.retired().forEach(r -> moveHolding(event.enterprise().value(), r.quotaClass(), -r.quantity().grams(), 0));
    }

    @EventHandler
    void on(QuotaReinstatedForPermit event) {
        event.reinstated().forEach(r -> moveHolding(event.enterprise().value(), r.quotaClass(), r.quantity().grams(), 0));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE account_cash, account_holding, trading_order, trade, market_day, market, auction_bid").update();
    }

    private void moveCash(String owner, long available, long reserved) {
        jdbc.sql("UPDATE account_cash SET available_fen = available_fen + ?, reserved_fen = reserved_fen + ? WHERE owner = ?")
                .params(available, reserved, owner).update();
    }

    private void reserveCash(String area, RegionCode region, long available, long reserved) {
        jdbc.sql("""
                        INSERT INTO account_cash (owner, area, available_fen, reserved_fen) VALUES (?, ?, ?, ?)
                        ON CONFLICT (owner) DO UPDATE SET available_fen = account_cash.available_fen + EXCLUDED.available_fen,
                            reserved_fen = account_cash.reserved_fen + EXCLUDED.reserved_fen""")
                .params(reserveOf(region), area, available, reserved).update();
    }

    private void moveHolding(String owner, QuotaClass quotaClass, long available, long reserved) {
        jdbc.sql("""
                        INSERT INTO account_holding (owner, quota_class, available_grams, reserved_grams) VALUES (?, ?, ?, ?)
                        ON CONFLICT (owner, quota_class) DO UPDATE SET available_grams = account_holding.available_grams + EXCLUDED.available_grams,
                            reserved_grams = account_holding.reserved_grams + EXCLUDED.reserved_grams""")
                .params(owner, quotaClass.key(), available, reserved).update();
    }

    private void restrict(EnterpriseId enterprise, boolean restricted) {
        jdbc.sql("UPDATE account_cash SET buying_restricted = ? WHERE owner = ?").params(restricted, enterprise.value()).update();
    }

    private void fill(String orderId, long grams) {
        jdbc.sql("""
                        UPDATE trading_order SET remaining_grams = remaining_grams - ?,
                            status = CASE WHEN remaining_grams - ? = 0 THEN 'FILLED' ELSE status END
                        WHERE order_id = ?""")
                .params(grams, grams, orderId).update();
    }

    private void candle(String quotaClass, LocalDate day, long price, long grams, long value) {
        jdbc.sql("""
                        INSERT INTO market_day (quota_class, trading_day, open_price, high_price, low_price, close_price, volume_grams, value_fen, trades)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                        ON CONFLICT (quota_class, trading_day) DO UPDATE SET high_price = GREATEST(market_day.high_price, EXCLUDED.high_price),
                            low_price = LEAST(market_day.low_price, EXCLUDED.low_price), close_price = EXCLUDED.close_price,
                            volume_grams = market_day.volume_grams + EXCLUDED.volume_grams, value_fen = market_day.value_fen + EXCLUDED.value_fen,
                            trades = market_day.trades + 1""")
                .params(quotaClass, day, price, price, price, price, grams, value).update();
    }

    static String reserveOf(RegionCode region) {
        return "reserve:" + region.value();
    }

    private static long kilograms(long grams) {
        return grams / GRAMS_PER_KILOGRAM;
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }
}
