package org.ecoledger.trading.views;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one processor batch changes in the read models, added up per row in memory and written
 * once per row, table by table in JDBC batches, in the batch's transaction. Writing the sums ends
 * in the same rows as applying each move in turn: moves add up, an upsert of a sum creates the
 * same row as upserts of its parts (a move that nets to zero still creates its row), a candle
 * keeps its first price as open and its last as close, and a market its last trade's price.
 * <p>
 * Where a row's existence decides what a move does ({@code UPDATE … WHERE owner = ?} touches only
 * an opened account), whatever is pending is written before the row can appear, so that every
 * move meets the rows that existed when its event was handled.
 * <p>
 * The market depth is moved by the statements that write the orders, from the rows they insert
 * and change, so that each level holds exactly what the open orders in the table leave at it.
 */
final class ViewChanges implements Moves {

    private final JdbcTemplate jdbc;
    private final Map<String, String> openedAccounts = new LinkedHashMap<>();
    private final Map<String, long[]> cash = new LinkedHashMap<>();
    private final Map<String, ReserveCash> reserveCash = new LinkedHashMap<>();
    private final Map<HoldingKey, long[]> holdings = new LinkedHashMap<>();
    private final Map<String, NewOrder> newOrders = new LinkedHashMap<>();
    private final Map<String, OrderChange> orderChanges = new LinkedHashMap<>();
    private final Map<String, BuyRelease> buyReleases = new LinkedHashMap<>();
    private final List<TradeRow> trades = new ArrayList<>();
    private final Map<CandleKey, Candle> candles = new LinkedHashMap<>();
    private final Map<String, Long> lastPrices = new LinkedHashMap<>();
    private final Set<DepthLevel> emptiedLevels = new LinkedHashSet<>();
    private RuntimeException failure;

    ViewChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as placed: the row it is inserted as, with the batch's later fills and cancellation applied. */
    record OrderRow(String orderId, String area, String enterprise, String clientOrderId, String quotaClass, String side,
                    long limitPrice, long quantityGrams, Instant placedAt) {
    }

    /** A settled trade's row. */
    record TradeRow(String area, long tradeSequence, String quotaClass, String pollutant, String region, String buyer, String seller,
                    String buyOrderId, String sellOrderId, long price, long quantityGrams, long valueFen, Instant tradedAt) {
    }

    @Override
    public void openAccount(String owner, String area) {
        if (cash.containsKey(owner)) {
            // these moves found no account row when they were handled: written now, they still find none
            flush();
        }
        openedAccounts.putIfAbsent(owner, area);
    }

    /** Moves an opened account's cash; an account that was never opened has no cash row and keeps none. */
    @Override
    public void moveCash(String owner, long available, long reserved) {
        long[] sums = cash.computeIfAbsent(owner, o -> new long[2]);
        sums[0] += available;
        sums[1] += reserved;
    }

    /** Moves a reserve's cash, creating its row with the area of the first move. */
    @Override
    public void moveReserveCash(String owner, String area, long available, long reserved) {
        ReserveCash sums = reserveCash.computeIfAbsent(owner, o -> new ReserveCash(area));
        sums.available += available;
        sums.reserved += reserved;
    }

    @Override
    public void moveHolding(String owner, String quotaClass, long available, long reserved) {
        long[] sums = holdings.computeIfAbsent(new HoldingKey(owner, quotaClass), k -> new long[2]);
        sums[0] += available;
        sums[1] += reserved;
    }

    @Override
    public void placeOrder(OrderRow order) {
        newOrders.putIfAbsent(order.orderId(), new NewOrder(order));
    }

    /**
     * Gives a buyer back what its order reserved for the kilograms a trade filled, at the order's
     * limit price: known here if the order was placed in this batch, read with the other unknown
     * orders' prices in one query when the batch is written otherwise.
     */
    @Override
    public void releaseBuyReservation(String buyOrderId, String buyer, long kilograms) {
        NewOrder placed = newOrders.get(buyOrderId);
        if (placed != null) {
            long amount = placed.row.limitPrice() * kilograms;
            moveCash(buyer, amount, -amount);
        } else {
            buyReleases.computeIfAbsent(buyOrderId, id -> new BuyRelease(buyer)).kilograms += kilograms;
        }
    }

    /** An order fills only while it is open, so the fills of a batch add up and its cancellation comes after them. */
    @Override
    public void fill(String orderId, long grams) {
        NewOrder placed = newOrders.get(orderId);
        if (placed != null) {
            placed.remaining -= grams;
            if (placed.remaining == 0) {
                placed.status = "FILLED";
            }
        } else {
            orderChanges.computeIfAbsent(orderId, id -> new OrderChange()).filledGrams += grams;
        }
    }

    @Override
    public void cancel(String orderId, String cause) {
        NewOrder placed = newOrders.get(orderId);
        if (placed != null) {
            placed.remaining = 0;
            placed.status = "CANCELLED";
            placed.cancelCause = cause;
        } else {
            orderChanges.computeIfAbsent(orderId, id -> new OrderChange()).cancelCause = cause;
        }
    }

    /** Records the trade, adds it to its market's candle of the day and makes its price the market's last. */
    @Override
    public void trade(TradeRow trade, LocalDate day) {
        trades.add(trade);
        candles.computeIfAbsent(new CandleKey(trade.quotaClass(), day), k -> new Candle(trade.price())).add(trade);
        lastPrices.put(trade.quotaClass(), trade.price());
    }

    /**
     * Writes everything pending and starts afresh. A write that fails leaves the transaction with
     * part of the batch in it: every later flush fails too, so that the batch is rolled back whole
     * and handled again instead of being committed with a hole.
     */
    void flush() {
        if (failure != null) {
            throw new IllegalStateException("an earlier write of this batch of read-model changes failed", failure);
        }
        try {
            // Planned for each batch, not once: the driver prepares a statement on the server after five runs, and
            // PostgreSQL may then keep a generic plan until the table's statistics change. In replays after a
            // reset had emptied the tables it scanned trading_order whole in most batches (916 and 1,156 scans
            // in 1,116 batches; 67 planned per batch), and they went at 11,300-12,500 events/s instead of 16,200-16,600.
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            resolveBuyReleases();
            write();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
        clear();
    }

    private void resolveBuyReleases() {
        if (buyReleases.isEmpty()) {
            return;
        }
        Map<String, Long> limits = new HashMap<>();
        jdbc.query("SELECT order_id, limit_price FROM trading_order WHERE order_id = ANY(?)",
                rs -> {
                    limits.put(rs.getString(1), rs.getLong(2));
                },
                (Object) buyReleases.keySet().toArray(String[]::new));
        buyReleases.forEach((orderId, release) -> {
            Long limit = limits.get(orderId);
            if (limit == null) {
                throw new IllegalStateException("a trade filled buy order " + orderId + ", which the read model does not know");
            }
            moveCash(release.buyer, limit * release.kilograms, -limit * release.kilograms);
        });
        buyReleases.clear();
    }

    private void write() {
        batch("INSERT INTO account_cash (owner, area) VALUES (?, ?) ON CONFLICT (owner) DO NOTHING",
                openedAccounts.entrySet().stream().map(a -> new Object[] {a.getKey(), a.getValue()}).toList());
        moveOpenedCash();
        batch("""
                        INSERT INTO account_cash (owner, area, available_fen, reserved_fen) VALUES (?, ?, ?, ?)
                        ON CONFLICT (owner) DO UPDATE SET available_fen = account_cash.available_fen + EXCLUDED.available_fen,
                            reserved_fen = account_cash.reserved_fen + EXCLUDED.reserved_fen""",
                reserveCash.entrySet().stream().map(r -> new Object[] {r.getKey(), r.getValue().area, r.getValue().available,
                        r.getValue().reserved}).toList());
        insertHoldings();
        insertOrders();
        changeEarlierOrders();
        removeEmptiedLevels();
        insertTrades();
        batch("""
                        INSERT INTO market_day (quota_class, trading_day, open_price, high_price, low_price, close_price, volume_grams, value_fen, trades)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (quota_class, trading_day) DO UPDATE SET high_price = GREATEST(market_day.high_price, EXCLUDED.high_price),
                            low_price = LEAST(market_day.low_price, EXCLUDED.low_price), close_price = EXCLUDED.close_price,
                            volume_grams = market_day.volume_grams + EXCLUDED.volume_grams, value_fen = market_day.value_fen + EXCLUDED.value_fen,
                            trades = market_day.trades + EXCLUDED.trades""",
                candles.entrySet().stream().map(c -> new Object[] {c.getKey().quotaClass(), c.getKey().day(), c.getValue().open, c.getValue().high,
                        c.getValue().low, c.getValue().close, c.getValue().volumeGrams, c.getValue().valueFen, c.getValue().trades}).toList());
        batch("UPDATE market SET last_price = ? WHERE quota_class = ?",
                lastPrices.entrySet().stream().map(p -> new Object[] {p.getValue(), p.getKey()}).toList());
    }

    /*
     * The rows a batch adds by the hundred (holdings, orders, trades) go in one statement per table,
     * an INSERT from arrays of the batch's values with one array per column, instead of a JDBC
     * batch: the driver then binds a dozen arrays instead of a dozen parameters per row, which
     * Spring's parameter setting and the driver's binding had made a quarter of the processor's
     * CPU, and PostgreSQL parses and plans one statement per table instead of one per 128 rows.
     * Times are sent as microseconds since the epoch, which PostgreSQL keeps exactly, and which is
     * what the driver made of a Timestamp (rounded to the nearest microsecond).
     *
     * Orders and trades are inserted without ON CONFLICT: each is inserted once, in the batch of the
     * event that made it, whose token commits with it, so a second insert of one would be a defect,
     * and it fails the batch instead of passing unseen. Without it PostgreSQL also logs no
     * speculative insertion per row: replaying a stored run, 4.3 instead of 4.9 log records and 428-438
     * instead of 463-472 bytes of log per event.
     */

    private void insertHoldings() {
        int rows = holdings.size();
        if (rows == 0) {
            return;
        }
        String[] owners = new String[rows];
        String[] quotaClasses = new String[rows];
        long[] available = new long[rows];
        long[] reserved = new long[rows];
        int i = 0;
        for (Map.Entry<HoldingKey, long[]> holding : holdings.entrySet()) {
            owners[i] = holding.getKey().owner();
            quotaClasses[i] = holding.getKey().quotaClass();
            available[i] = holding.getValue()[0];
            reserved[i++] = holding.getValue()[1];
        }
        jdbc.update("""
                        INSERT INTO account_holding (owner, quota_class, available_grams, reserved_grams)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[])
                        ON CONFLICT (owner, quota_class) DO UPDATE SET available_grams = account_holding.available_grams + EXCLUDED.available_grams,
                            reserved_grams = account_holding.reserved_grams + EXCLUDED.reserved_grams""",
                owners, quotaClasses, available, reserved);
    }

    private void insertOrders() {
        int rows = newOrders.size();
        if (rows == 0) {
            return;
        }
        String[] orderIds = new String[rows];
        String[] areas = new String[rows];
        String[] enterprises = new String[rows];
        String[] clientOrderIds = new String[rows];
        String[] quotaClasses = new String[rows];
        String[] sides = new String[rows];
        long[] limitPrices = new long[rows];
        long[] quantities = new long[rows];
        long[] remaining = new long[rows];
        String[] statuses = new String[rows];
        String[] cancelCauses = new String[rows];
        long[] placedAt = new long[rows];
        int i = 0;
        for (NewOrder order : newOrders.values()) {
            OrderRow row = order.row;
            orderIds[i] = row.orderId();
            areas[i] = row.area();
            enterprises[i] = row.enterprise();
            clientOrderIds[i] = row.clientOrderId();
            quotaClasses[i] = row.quotaClass();
            sides[i] = row.side();
            limitPrices[i] = row.limitPrice();
            quantities[i] = row.quantityGrams();
            remaining[i] = order.remaining;
            statuses[i] = order.status;
            cancelCauses[i] = order.cancelCause;
            placedAt[i++] = microseconds(row.placedAt());
        }
        changeDepth("""
                        INSERT INTO trading_order (order_id, area, enterprise, client_order_id, quota_class, side, limit_price,
                            quantity_grams, remaining_grams, status, cancel_cause, placed_at)
                        SELECT o.order_id, o.area, o.enterprise, o.client_order_id, o.quota_class, o.side, o.limit_price,
                            o.quantity_grams, o.remaining_grams, o.status, o.cancel_cause, TIMESTAMPTZ 'epoch' + o.placed_at * INTERVAL '1 microsecond'
                        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
                            ?::text[], ?::text[], ?::bigint[])
                            AS o(order_id, area, enterprise, client_order_id, quota_class, side, limit_price, quantity_grams, remaining_grams,
                                 status, cancel_cause, placed_at)
                        RETURNING quota_class, side, limit_price, remaining_grams AS grams, CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END AS orders""",
                orderIds, areas, enterprises, clientOrderIds, quotaClasses, sides, limitPrices, quantities, remaining, statuses, cancelCauses,
                placedAt);
    }

    private void insertTrades() {
        int rows = trades.size();
        if (rows == 0) {
            return;
        }
        String[] areas = new String[rows];
        long[] sequences = new long[rows];
        String[] quotaClasses = new String[rows];
        String[] pollutants = new String[rows];
        String[] regions = new String[rows];
        String[] buyers = new String[rows];
        String[] sellers = new String[rows];
        String[] buyOrderIds = new String[rows];
        String[] sellOrderIds = new String[rows];
        long[] prices = new long[rows];
        long[] quantities = new long[rows];
        long[] values = new long[rows];
        long[] tradedAt = new long[rows];
        for (int i = 0; i < rows; i++) {
            TradeRow trade = trades.get(i);
            areas[i] = trade.area();
            sequences[i] = trade.tradeSequence();
            quotaClasses[i] = trade.quotaClass();
            pollutants[i] = trade.pollutant();
            regions[i] = trade.region();
            buyers[i] = trade.buyer();
            sellers[i] = trade.seller();
            buyOrderIds[i] = trade.buyOrderId();
            sellOrderIds[i] = trade.sellOrderId();
            prices[i] = trade.price();
            quantities[i] = trade.quantityGrams();
            values[i] = trade.valueFen();
            tradedAt[i] = microseconds(trade.tradedAt());
        }
        jdbc.update("""
                        INSERT INTO trade (area, trade_sequence, quota_class, pollutant, region, buyer, seller, buy_order_id, sell_order_id,
                            price, quantity_grams, value_fen, traded_at)
                        SELECT t.area, t.trade_sequence, t.quota_class, t.pollutant, t.region, t.buyer, t.seller, t.buy_order_id, t.sell_order_id,
                            t.price, t.quantity_grams, t.value_fen, TIMESTAMPTZ 'epoch' + t.traded_at * INTERVAL '1 microsecond'
                        FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                            AS t(area, trade_sequence, quota_class, pollutant, region, buyer, seller, buy_order_id, sell_order_id, price,
                                 quantity_grams, value_fen, traded_at)""",
                areas, sequences, quotaClasses, pollutants, regions, buyers, sellers, buyOrderIds, sellOrderIds, prices, quantities, values,
                tradedAt);
    }

    /** To the nearest microsecond, PostgreSQL's resolution. */
    static long microseconds(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (instant.getNano() + 500) / 1_000);
    }

    /*
     * The updates of rows that exist already go in one statement each, over arrays of the batch's
     * changes, instead of a statement per row: PostgreSQL then plans and runs one update for the
     * batch, and the driver sends two or three arrays instead of two or three parameters per row. Each key is in its
     * array once (the changes are summed per row), so no row is joined twice.
     */

    private void moveOpenedCash() {
        List<Map.Entry<String, long[]>> moved = cash.entrySet().stream().filter(c -> c.getValue()[0] != 0 || c.getValue()[1] != 0).toList();
        if (moved.isEmpty()) {
            return;
        }
        jdbc.update("""
                        UPDATE account_cash a SET available_fen = a.available_fen + c.available, reserved_fen = a.reserved_fen + c.reserved
                        FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS c(owner, available, reserved)
                        WHERE a.owner = c.owner""",
                moved.stream().map(Map.Entry::getKey).toArray(String[]::new),
                moved.stream().mapToLong(c -> c.getValue()[0]).toArray(),
                moved.stream().mapToLong(c -> c.getValue()[1]).toArray());
    }

    private void changeEarlierOrders() {
        List<Map.Entry<String, OrderChange>> filled = orderChanges.entrySet().stream().filter(o -> o.getValue().cancelCause == null).toList();
        if (!filled.isEmpty()) {
            changeDepth("""
                            UPDATE trading_order o SET remaining_grams = o.remaining_grams - c.filled,
                                status = CASE WHEN o.remaining_grams - c.filled = 0 THEN 'FILLED' ELSE o.status END
                            FROM unnest(?::text[], ?::bigint[]) AS c(order_id, filled)
                            WHERE o.order_id = c.order_id
                            RETURNING o.quota_class, o.side, o.limit_price, -c.filled AS grams,
                                CASE WHEN o.status = 'FILLED' THEN -1 ELSE 0 END AS orders""",
                    filled.stream().map(Map.Entry::getKey).toArray(String[]::new),
                    filled.stream().mapToLong(o -> o.getValue().filledGrams).toArray());
        }
        List<Map.Entry<String, OrderChange>> cancelled = orderChanges.entrySet().stream().filter(o -> o.getValue().cancelCause != null).toList();
        if (!cancelled.isEmpty()) {
            // the join reads each order as it was before this statement: what it kept in the depth
            changeDepth("""
                            UPDATE trading_order o SET remaining_grams = 0, status = 'CANCELLED', cancel_cause = c.cause
                            FROM unnest(?::text[], ?::text[]) AS c(order_id, cause)
                            JOIN trading_order was ON was.order_id = c.order_id
                            WHERE o.order_id = c.order_id
                            RETURNING o.quota_class, o.side, o.limit_price, -was.remaining_grams AS grams,
                                CASE WHEN was.status = 'OPEN' THEN -1 ELSE 0 END AS orders""",
                    cancelled.stream().map(Map.Entry::getKey).toArray(String[]::new),
                    cancelled.stream().map(o -> o.getValue().cancelCause).toArray(String[]::new));
        }
    }

    /**
     * Runs a statement that adds, fills or cancels orders and returns, for each order it changed,
     * its market, side and limit price with what the change adds to that level's grams and orders;
     * adds those up per level in the same statement, and remembers the levels it left without an
     * order, which {@link #removeEmptiedLevels()} deletes once the batch's changes are all written.
     */
    private void changeDepth(String orderChange, Object... arguments) {
        jdbc.query("WITH changed AS (" + orderChange + """
                        )
                        INSERT INTO market_depth AS d (quota_class, side, limit_price, remaining_grams, orders)
                        SELECT quota_class, side, limit_price, SUM(grams), SUM(orders) FROM changed
                        WHERE grams <> 0 OR orders <> 0
                        GROUP BY quota_class, side, limit_price
                        ON CONFLICT (quota_class, side, limit_price) DO UPDATE
                            SET remaining_grams = d.remaining_grams + EXCLUDED.remaining_grams, orders = d.orders + EXCLUDED.orders
                        RETURNING d.quota_class, d.side, d.limit_price, d.orders""",
                rs -> {
                    if (rs.getInt(4) == 0) {
                        emptiedLevels.add(new DepthLevel(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                },
                arguments);
    }

    private void removeEmptiedLevels() {
        if (emptiedLevels.isEmpty()) {
            return;
        }
        jdbc.update("""
                        DELETE FROM market_depth d USING unnest(?::text[], ?::text[], ?::bigint[]) AS e(quota_class, side, limit_price)
                        WHERE d.quota_class = e.quota_class AND d.side = e.side AND d.limit_price = e.limit_price AND d.orders = 0""",
                emptiedLevels.stream().map(DepthLevel::quotaClass).toArray(String[]::new),
                emptiedLevels.stream().map(DepthLevel::side).toArray(String[]::new),
                emptiedLevels.stream().mapToLong(DepthLevel::limitPrice).toArray());
        emptiedLevels.clear();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private void clear() {
        openedAccounts.clear();
        cash.clear();
        reserveCash.clear();
        holdings.clear();
        newOrders.clear();
        orderChanges.clear();
        trades.clear();
        candles.clear();
        lastPrices.clear();
        emptiedLevels.clear();
    }

    private record HoldingKey(String owner, String quotaClass) {
    }

    private record CandleKey(String quotaClass, LocalDate day) {
    }

    private record DepthLevel(String quotaClass, String side, long limitPrice) {
    }

    private static final class ReserveCash {
        private final String area;
        private long available;
        private long reserved;

        private ReserveCash(String area) {
            this.area = area;
        }
    }

    private static final class NewOrder {
        private final OrderRow row;
        private long remaining;
        private String status = "OPEN";
        private String cancelCause;

        private NewOrder(OrderRow row) {
            this.row = row;
            this.remaining = row.quantityGrams();
        }
    }

    /** Fills of an order placed in an earlier batch, and its cancellation, which sets what is left to zero. */
    private static final class OrderChange {
        private long filledGrams;
        private String cancelCause;
    }

    private static final class BuyRelease {
        private final String buyer;
        private long kilograms;

        private BuyRelease(String buyer) {
            this.buyer = buyer;
        }
    }

    private static final class Candle {
        private final long open;
        private long high;
        private long low;
        private long close;
        private long volumeGrams;
        private long valueFen;
        private int trades;

        private Candle(long open) {
            this.open = open;
            this.high = open;
            this.low = open;
        }

        private void add(TradeRow trade) {
            high = Math.max(high, trade.price());
            low = Math.min(low, trade.price());
            close = trade.price();
            volumeGrams += trade.quantityGrams();
            valueFen += trade.valueFen();
            trades++;
        }
    }
}
