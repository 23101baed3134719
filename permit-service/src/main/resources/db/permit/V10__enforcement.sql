-- Enforcement: violation cases, execution reports, credit levels and the blacklist. The tables up to
-- blacklist are read models, rebuilt by replaying the enforcement-register processor.

CREATE TABLE violation_case (
    case_id                UUID        NOT NULL PRIMARY KEY,
    type                   VARCHAR(40) NOT NULL,
    severity               VARCHAR(16) NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    flag_id                TEXT,
    report_id              VARCHAR(40),
    enterprise_id          VARCHAR(18) NOT NULL,
    region                 VARCHAR(6)  NOT NULL,
    outlet                 VARCHAR(5),
    pollutant              VARCHAR(32),
    onset_at               TIMESTAMPTZ NOT NULL,
    observed               NUMERIC,
    limit_value            NUMERIC,
    detail                 TEXT        NOT NULL,
    duration_hours         BIGINT      NOT NULL DEFAULT 0,
    peak                   NUMERIC,
    exceeded_grams         BIGINT,
    flag_cleared_at        TIMESTAMPTZ,
    assignee               TEXT,
    decision               INTEGER     NOT NULL DEFAULT 0,
    decided_at             TIMESTAMPTZ,
    decision_reason        TEXT,
    penalties              JSONB,
    fine_fen               BIGINT,
    daily_penalty_fen      BIGINT,
    rectification_deadline DATE,
    suspended_permit       UUID,
    accrued_through        DATE,
    accrued_fen            BIGINT      NOT NULL DEFAULT 0,
    violation_ended_on     DATE,
    rectification_overdue  BOOLEAN     NOT NULL DEFAULT FALSE,
    opened_at              TIMESTAMPTZ NOT NULL,
    last_changed_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX violation_case_queue ON violation_case (region text_pattern_ops, status);
CREATE INDEX violation_case_enterprise ON violation_case (enterprise_id);
-- The sweeps' work lists.
CREATE INDEX violation_case_accruing ON violation_case (accrued_through)
    WHERE status = 'CONFIRMED' AND daily_penalty_fen IS NOT NULL AND violation_ended_on IS NULL;
CREATE INDEX violation_case_rectifying ON violation_case (rectification_deadline)
    WHERE status = 'CONFIRMED' AND rectification_deadline IS NOT NULL AND NOT rectification_overdue;

-- Every step of a case and every refusal, keyed by the event that recorded it, in the case's own order.
CREATE TABLE violation_case_history (
    event_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    case_id         UUID         NOT NULL,
    sequence_number BIGINT       NOT NULL,
    step          VARCHAR(40)  NOT NULL,
    decision      INTEGER,
    superseded_by INTEGER,
    refused       BOOLEAN      NOT NULL,
    actor_subject TEXT         NOT NULL,
    actor_role    VARCHAR(16)  NOT NULL,
    at            TIMESTAMPTZ  NOT NULL,
    text          TEXT,
    penalties     JSONB,
    evidence      JSONB
);
CREATE INDEX violation_case_history_case ON violation_case_history (case_id, sequence_number);

CREATE TABLE execution_report (
    report_id       VARCHAR(40) NOT NULL PRIMARY KEY,
    permit_id       UUID        NOT NULL,
    enterprise_id   VARCHAR(18) NOT NULL,
    region          VARCHAR(6)  NOT NULL,
    period          VARCHAR(10) NOT NULL,
    frequency       VARCHAR(16) NOT NULL,
    version         INTEGER     NOT NULL DEFAULT 0,
    lines           JSONB       NOT NULL DEFAULT '[]',
    discrepancies   INTEGER     NOT NULL DEFAULT 0,
    late            BOOLEAN     NOT NULL DEFAULT FALSE,
    overdue         BOOLEAN     NOT NULL DEFAULT FALSE,
    deadline        TIMESTAMPTZ,
    submitted_at    TIMESTAMPTZ,
    last_changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX execution_report_permit ON execution_report (permit_id);

CREATE TABLE credit_level (
    enterprise_id VARCHAR(18) NOT NULL,
    year          INTEGER     NOT NULL,
    region        VARCHAR(6)  NOT NULL,
    level         VARCHAR(8)  NOT NULL,
    points        INTEGER     NOT NULL,
    basis         TEXT        NOT NULL,
    assigned_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, year)
);

CREATE TABLE blacklist (
    enterprise_id VARCHAR(18) NOT NULL PRIMARY KEY,
    region        VARCHAR(6)  NOT NULL,
    listed_at     TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL,
    lifted_at     TIMESTAMPTZ,
    lift_reason   TEXT
);
CREATE INDEX blacklist_region ON blacklist (region text_pattern_ops);

-- The credit rating rule's own memory (credit-rating processor): each decided case's weight.
CREATE TABLE credit_violation (
    case_id       UUID        NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(18) NOT NULL,
    year          INTEGER     NOT NULL,
    type          VARCHAR(40) NOT NULL,
    severity      VARCHAR(16) NOT NULL,
    confirmed     BOOLEAN     NOT NULL
);
CREATE INDEX credit_violation_enterprise ON credit_violation (enterprise_id, year);

-- What monitoring-ingest reports on emission-accounts: the newest figure of each month and flag.
CREATE TABLE emission_month (
    enterprise_id     VARCHAR(18) NOT NULL,
    year              INTEGER     NOT NULL,
    month             INTEGER     NOT NULL,
    pollutant         VARCHAR(32) NOT NULL,
    emitted_grams     BIGINT      NOT NULL,
    substituted_grams BIGINT      NOT NULL,
    allowance_grams   BIGINT,
    as_of             TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (enterprise_id, year, month, pollutant)
);

CREATE TABLE flag_evidence (
    flag_id        TEXT        NOT NULL PRIMARY KEY,
    enterprise_id  VARCHAR(18) NOT NULL,
    duration_hours BIGINT      NOT NULL,
    peak           NUMERIC,
    exceeded_grams BIGINT,
    hours          JSONB       NOT NULL,
    as_of          TIMESTAMPTZ NOT NULL
);

-- Idempotent consumption of other services' topics, and the records set aside as malformed.
CREATE TABLE consumed_event (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE inbox_dead_letter (
    event_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    topic            TEXT         NOT NULL,
    partition_number INTEGER      NOT NULL,
    record_offset    BIGINT       NOT NULL,
    error            TEXT         NOT NULL,
    set_aside_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
