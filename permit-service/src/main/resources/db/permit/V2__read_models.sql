-- Read models: rebuilt from the event store by replaying the permit-register processor.

CREATE TABLE enterprise (
    enterprise_id VARCHAR(18)    NOT NULL PRIMARY KEY,
    name          TEXT        NOT NULL,
    industry      TEXT        NOT NULL,
    region        VARCHAR(6)    NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX enterprise_region ON enterprise (region text_pattern_ops);

CREATE TABLE permit (
    permit_id             UUID        NOT NULL PRIMARY KEY,
    permit_number         VARCHAR(22) NOT NULL UNIQUE,
    enterprise_id         VARCHAR(18)    NOT NULL,
    region                VARCHAR(6)    NOT NULL,
    industry              TEXT        NOT NULL,
    management_class      VARCHAR(16) NOT NULL,
    status                VARCHAR(32) NOT NULL,
    terms                 JSONB       NOT NULL,
    voluntary_commitments JSONB       NOT NULL DEFAULT '[]',
    requested_from        DATE        NOT NULL,
    requested_until       DATE        NOT NULL,
    valid_from            DATE,
    valid_until           DATE,
    expires_at            TIMESTAMPTZ,
    version               INTEGER     NOT NULL DEFAULT 0,
    renewal_requested     BOOLEAN     NOT NULL DEFAULT FALSE,
    applied_at            TIMESTAMPTZ NOT NULL,
    last_changed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX permit_region ON permit (region text_pattern_ops);
CREATE INDEX permit_enterprise ON permit (enterprise_id);
CREATE INDEX permit_due_for_expiry ON permit (expires_at) WHERE status IN ('ISSUED', 'SUSPENDED');

-- One row per pollutant with an annual total, so the register can be searched by pollutant.
CREATE TABLE permit_annual_total (
    permit_id UUID        NOT NULL REFERENCES permit (permit_id) ON DELETE CASCADE,
    pollutant VARCHAR(32) NOT NULL,
    grams     BIGINT      NOT NULL,
    PRIMARY KEY (permit_id, pollutant)
);
CREATE INDEX permit_annual_total_pollutant ON permit_annual_total (pollutant);

CREATE TABLE permit_terms_version (
    permit_id    UUID        NOT NULL REFERENCES permit (permit_id) ON DELETE CASCADE,
    version      INTEGER     NOT NULL,
    terms        JSONB       NOT NULL,
    effective_at TIMESTAMPTZ NOT NULL,
    reason       TEXT,
    PRIMARY KEY (permit_id, version)
);

-- The audit trail: every step and every refusal, keyed by the event that recorded it.
CREATE TABLE permit_history (
    event_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    permit_id     UUID         NOT NULL REFERENCES permit (permit_id) ON DELETE CASCADE,
    transition    VARCHAR(40)  NOT NULL,
    refused       BOOLEAN      NOT NULL,
    actor_subject TEXT         NOT NULL,
    actor_role    VARCHAR(16)  NOT NULL,
    at            TIMESTAMPTZ  NOT NULL,
    reason        TEXT
);
CREATE INDEX permit_history_permit ON permit_history (permit_id, at);
