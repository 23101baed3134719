package org.ecoledger.trading.views;

import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers every trading query from the read models. Public answers carry prices and quantities
 * only, never an order or a party.
 */
@Component
public class TradingViews {

    public record Holding(String quotaClass, long availableGrams, long reservedGrams) {
    }

    public record AccountView(String owner, long availableFen, long reservedFen, boolean buyingRestricted, List<Holding> holdings) {
    }

    public record OrderView(String orderId, EnterpriseId enterprise, String clientOrderId, String quotaClass, String side, long limitPrice,
                            long quantityGrams, long remainingGrams, String status, String cancelCause, Instant placedAt) {
    }

    public record TradeView(String area, long tradeSequence, String quotaClass, String buyer, String seller, String buyOrderId,
                            String sellOrderId, long price, long quantityGrams, long valueFen, Instant tradedAt) {
    }

    public record PriceLevel(long price, long quantityGrams, int orders) {
    }

    public record Depth(String quotaClass, List<PriceLevel> bids, List<PriceLevel> asks) {
    }

    public record Candle(LocalDate day, long open, long high, long low, long close, long volumeGrams, long valueFen, int trades) {
    }

    public record MarketView(String quotaClass, long floorPrice, Long referencePrice, int dailyLimitPercent, long minimumGrams,
                             Long lastPrice) {
    }

    /** Volume-weighted average price over the window, the index of one pollutant in one region. */
    public record PriceIndex(String pollutant, String region, long volumeGrams, long valueFen, Long averagePrice, int trades) {
    }

    private final JdbcClient jdbc;

    TradingViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountView> account(String owner) {
        List<Holding> holdings = jdbc.sql("""
                        SELECT quota_class, available_grams, reserved_grams FROM account_holding WHERE owner = ? ORDER BY quota_class""")
                .param(owner).query(Holding.class).list();
        return jdbc.sql("SELECT owner, available_fen, reserved_fen, buying_restricted FROM account_cash WHERE owner = ?")
                .param(owner)
                .query((rs, n) -> new AccountView(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), holdings))
                .optional()
                .or(() -> holdings.isEmpty() ? Optional.empty() : Optional.of(new AccountView(owner, 0, 0, false, holdings)));
    }

    public Optional<OrderView> order(OrderId orderId) {
        return jdbc.sql(ORDER_COLUMNS + " WHERE order_id = ?").param(orderId.value()).query(TradingViews::order).optional();
    }

    public List<OrderView> ordersOf(EnterpriseId enterprise, int limit) {
        return jdbc.sql(ORDER_COLUMNS + " WHERE enterprise = ? ORDER BY placed_at DESC, order_id DESC LIMIT ?")
                .params(enterprise.value(), limit).query(TradingViews::order).list();
    }

    public List<TradeView> tradesOf(EnterpriseId enterprise, int limit) {
        return jdbc.sql("""
                        SELECT area, trade_sequence, quota_class, buyer, seller, buy_order_id, sell_order_id, price, quantity_grams, value_fen, traded_at
                        FROM trade WHERE buyer = ? OR seller = ? ORDER BY traded_at DESC, trade_sequence DESC LIMIT ?""")
                .params(enterprise.value(), enterprise.value(), limit)
                .query((rs, n) -> new TradeView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getTimestamp(11).toInstant()))
                .list();
    }

    public List<MarketView> markets() {
        return jdbc.sql("""
                        SELECT quota_class, floor_price, reference_price, daily_limit_pct, minimum_grams, last_price FROM market ORDER BY quota_class""")
                .query((rs, n) -> new MarketView(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4), rs.getLong(5),
                        (Long) rs.getObject(6)))
                .list();
    }

    public Depth depth(QuotaClass market, int levels) {
        return new Depth(market.key(), levels(market, "BUY", "DESC", levels), levels(market, "SELL", "ASC", levels));
    }

    public List<Candle> candles(QuotaClass market, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT trading_day, open_price, high_price, low_price, close_price, volume_grams, value_fen, trades
                        FROM market_day WHERE quota_class = ? AND trading_day BETWEEN ? AND ? ORDER BY trading_day""")
                .params(market.key(), from, to)
                .query((rs, n) -> new Candle(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getInt(8)))
                .list();
    }

    public List<PriceIndex> priceIndex(Instant from, Instant to, Optional<Pollutant> pollutant, Optional<RegionCode> region) {
        return jdbc.sql("""
                        SELECT pollutant, region, SUM(quantity_grams), SUM(value_fen), COUNT(*) FROM trade
                        WHERE traded_at >= ? AND traded_at < ? AND (CAST(? AS TEXT) IS NULL OR pollutant = ?) AND (CAST(? AS TEXT) IS NULL OR region LIKE ?)
                        GROUP BY pollutant, region ORDER BY pollutant, region""")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to),
                        pollutant.map(Enum::name).orElse(null), pollutant.map(Enum::name).orElse(null),
                        region.map(RegionCode::value).orElse(null), region.map(r -> r.prefix() + "%").orElse(null))
                .query((rs, n) -> {
                    long grams = rs.getLong(3);
                    long value = rs.getLong(4);
                    // fen per kilogram, rounded to the nearest fen
                    Long average = grams == 0 ? null : Math.round(value * 1000.0 / grams);
                    return new PriceIndex(rs.getString(1), rs.getString(2), grams, value, average, rs.getInt(5));
                })
                .list();
    }

    private List<PriceLevel> levels(QuotaClass market, String side, String direction, int levels) {
        return jdbc.sql("SELECT limit_price, remaining_grams, orders FROM market_depth WHERE quota_class = ? AND side = ?"
                        + " ORDER BY limit_price " + direction + " LIMIT ?")
                .params(market.key(), side, levels)
                .query((rs, n) -> new PriceLevel(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .list();
    }

    private static final String ORDER_COLUMNS = """
            SELECT order_id, enterprise, client_order_id, quota_class, side, limit_price, quantity_grams, remaining_grams, status, cancel_cause, placed_at
            FROM trading_order""";

    private static OrderView order(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OrderView(rs.getString(1), EnterpriseId.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant());
    }
}
