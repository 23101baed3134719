-- Requests for rights from permit-service (permit-quota-requested) already handed to a ledger: the
-- consumer records each event's ID in the transaction that appends the ledger's answer.
CREATE TABLE permit_request_consumed_event (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
