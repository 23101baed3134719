-- The device registry's read model, and what the ingest records of each device's activity.

CREATE TABLE device (
    mn                    VARCHAR(24) NOT NULL PRIMARY KEY,
    enterprise_id         VARCHAR(18) NOT NULL,
    region                VARCHAR(6)  NOT NULL,
    outlet                VARCHAR(5)  NOT NULL,
    protocol              VARCHAR(16) NOT NULL,
    data_interval_seconds BIGINT      NOT NULL,
    crc_variant           VARCHAR(16) NOT NULL,
    secret_algorithm      VARCHAR(16) NOT NULL,
    secret_salt           VARCHAR(64) NOT NULL,
    secret_hash           VARCHAR(128) NOT NULL,
    status                VARCHAR(16) NOT NULL,
    registered_at         TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX device_region ON device (region text_pattern_ops);
CREATE INDEX device_enterprise ON device (enterprise_id);

-- Written by the ingest in batches, not per frame; counts are totals since registration.
CREATE TABLE device_activity (
    mn              VARCHAR(24) NOT NULL PRIMARY KEY,
    connected       BOOLEAN     NOT NULL DEFAULT FALSE,
    last_frame_at   TIMESTAMPTZ,
    last_data_time  TIMESTAMPTZ,
    accepted_frames BIGINT      NOT NULL DEFAULT 0,
    rejections      JSONB       NOT NULL DEFAULT '{}'
);
