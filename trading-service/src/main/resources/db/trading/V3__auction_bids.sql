-- The cash each bid holds until its auction clears, so that the balance view can release it.
CREATE TABLE auction_bid (
    auction_id        VARCHAR(36) NOT NULL,
    bid_sequence      BIGINT      NOT NULL,
    enterprise        VARCHAR(18) NOT NULL,
    reserved_fen      BIGINT      NOT NULL,
    PRIMARY KEY (auction_id, bid_sequence)
);
