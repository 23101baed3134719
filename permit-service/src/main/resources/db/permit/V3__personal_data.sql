-- Personal data of responsible persons lives here, outside the event store, so that it can be
-- erased; events carry only the reference.
CREATE TABLE personal_data (
    ref         UUID        NOT NULL PRIMARY KEY,
    full_name   TEXT,
    phone       TEXT,
    statement   TEXT,
    recorded_at TIMESTAMPTZ NOT NULL,
    erased_at   TIMESTAMPTZ
);
