-- Read models of the trading ledger, kept by the "trading-views" tracking processor.

-- Cash per account; an account is an enterprise's (credit code) or a region's reserve ("reserve:510100").
CREATE TABLE account_cash (
    owner             VARCHAR(40) PRIMARY KEY,
    area              VARCHAR(40) NOT NULL,
    available_fen     BIGINT      NOT NULL DEFAULT 0,
    reserved_fen      BIGINT      NOT NULL DEFAULT 0,
    buying_restricted BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE account_holding (
    owner             VARCHAR(40) NOT NULL,
    quota_class       VARCHAR(40) NOT NULL,
    available_grams   BIGINT      NOT NULL DEFAULT 0,
    reserved_grams    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, quota_class)
);

CREATE TABLE trading_order (
    order_id          VARCHAR(64) PRIMARY KEY,
    area              VARCHAR(40) NOT NULL,
    enterprise        VARCHAR(18) NOT NULL,
    client_order_id   VARCHAR(40) NOT NULL,
    quota_class       VARCHAR(40) NOT NULL,
    side              VARCHAR(4)  NOT NULL,
    limit_price       BIGINT      NOT NULL,
    quantity_grams    BIGINT      NOT NULL,
    remaining_grams   BIGINT      NOT NULL,
    status            VARCHAR(10) NOT NULL,
    cancel_cause      VARCHAR(30),
    placed_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX trading_order_by_enterprise ON trading_order (enterprise, placed_at DESC);
CREATE INDEX trading_order_open_by_market ON trading_order (quota_class, side, limit_price) WHERE status = 'OPEN';

CREATE TABLE trade (
    area              VARCHAR(40) NOT NULL,
    trade_sequence    BIGINT      NOT NULL,
    quota_class       VARCHAR(40) NOT NULL,
    pollutant         VARCHAR(30) NOT NULL,
    region            CHAR(6)     NOT NULL,
    buyer             VARCHAR(18) NOT NULL,
    seller            VARCHAR(18) NOT NULL,
    buy_order_id      VARCHAR(64) NOT NULL,
    sell_order_id     VARCHAR(64) NOT NULL,
    price             BIGINT      NOT NULL,
    quantity_grams    BIGINT      NOT NULL,
    value_fen         BIGINT      NOT NULL,
    traded_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (area, trade_sequence)
);
CREATE INDEX trade_by_market ON trade (quota_class, traded_at DESC);
CREATE INDEX trade_by_pollutant_region ON trade (pollutant, region, traded_at);
CREATE INDEX trade_by_buyer ON trade (buyer, traded_at DESC);
CREATE INDEX trade_by_seller ON trade (seller, traded_at DESC);

-- Daily candles per market, in China time.
CREATE TABLE market_day (
    quota_class       VARCHAR(40) NOT NULL,
    trading_day       DATE        NOT NULL,
    open_price        BIGINT      NOT NULL,
    high_price        BIGINT      NOT NULL,
    low_price         BIGINT      NOT NULL,
    close_price       BIGINT      NOT NULL,
    volume_grams      BIGINT      NOT NULL,
    value_fen         BIGINT      NOT NULL,
    trades            INT         NOT NULL,
    PRIMARY KEY (quota_class, trading_day)
);

CREATE TABLE market (
    quota_class       VARCHAR(40) PRIMARY KEY,
    area              VARCHAR(40) NOT NULL,
    pollutant         VARCHAR(30) NOT NULL,
    region            CHAR(6)     NOT NULL,
    vintage           INT         NOT NULL,
    floor_price       BIGINT      NOT NULL,
    reference_price   BIGINT,
    daily_limit_pct   INT         NOT NULL,
    minimum_grams     BIGINT      NOT NULL,
    last_price        BIGINT
);
