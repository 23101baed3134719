-- Each monitoring device's newest status from device-status (monitoring-ingest's registry and the
-- ingest's view of its connection), shown in the evidence of the cases at its outlet. A record
-- replaces the row only with a higher version, so duplicates and late records change nothing.

CREATE TABLE device_status (
    mn            VARCHAR(24) NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(18) NOT NULL,
    outlet        VARCHAR(5)  NOT NULL,
    status        JSONB       NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX device_status_outlet ON device_status (enterprise_id, outlet);
