-- What monitoring knows of permits, from permit-events; consumed_event makes consumption idempotent.

CREATE TABLE permit_directory (
    permit_id     UUID        NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(18) NOT NULL,
    region        VARCHAR(6)  NOT NULL,
    status        VARCHAR(16) NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_until   DATE        NOT NULL,
    terms         JSONB       NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX permit_directory_enterprise ON permit_directory (enterprise_id);

CREATE TABLE consumed_event (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
