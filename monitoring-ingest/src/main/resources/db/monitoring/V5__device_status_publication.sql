-- What the device-status publication has sent of each device: the registry facts it learnt from the
-- event store (up to registry_sequence), and the version of the device's last record. Updating a
-- device's row locks it until its record is acknowledged, so that every instance's records of one
-- device reach Kafka in the order of their versions.

CREATE TABLE device_status_publication (
    mn                VARCHAR(24) NOT NULL PRIMARY KEY,
    enterprise_id     VARCHAR(18) NOT NULL,
    region            VARCHAR(6)  NOT NULL,
    outlet            VARCHAR(5)  NOT NULL,
    registry_status   VARCHAR(16) NOT NULL,
    registry_sequence BIGINT      NOT NULL,
    version           BIGINT      NOT NULL
);
