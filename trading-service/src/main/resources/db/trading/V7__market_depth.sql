-- Market depth as a table of its own, kept by "trading-views" with every order it adds, fills or
-- cancels, instead of a partial index of the open orders. The index filtered on status, so every
-- fill and cancellation changed an indexed column: PostgreSQL could not update the order in place
-- (HOT) and wrote a new entry in each of the table's indexes for it. Without it no update of an
-- order touches an indexed column, and the space each page keeps free lets the new version stay
-- on its page.
CREATE TABLE market_depth (
    quota_class       VARCHAR(40) NOT NULL,
    side              VARCHAR(4)  NOT NULL,
    limit_price       BIGINT      NOT NULL,
    remaining_grams   BIGINT      NOT NULL,
    orders            INT         NOT NULL,
    PRIMARY KEY (quota_class, side, limit_price)
);

INSERT INTO market_depth (quota_class, side, limit_price, remaining_grams, orders)
SELECT quota_class, side, limit_price, SUM(remaining_grams), COUNT(*)
FROM trading_order WHERE status = 'OPEN'
GROUP BY quota_class, side, limit_price;

DROP INDEX trading_order_open_by_market;
ALTER TABLE trading_order SET (fillfactor = 70);

-- No query reads trades by market and time; the candles and the last price have tables of their own.
DROP INDEX trade_by_market;
