package org.ecoledger.permit.devices;

import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DeviceState;
import org.ecoledger.common.monitoring.event.DeviceStatusChanged;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.ecoledger.permit.enforcement.KafkaInbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code device-status}: keeps each device's newest status, by the version monitoring gives
 * its records, so that a record delivered twice or late (after a newer one) changes nothing.
 */
@Component
class DeviceStatusInbox extends KafkaInbox {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    DeviceStatusInbox(InboxSupport support, JsonColumns json,
                      @Value("${ecoledger.enforcement.inbox-group-prefix:permit-service}") String groupPrefix) {
        super(Topics.DEVICE_STATUS, groupPrefix + "-device-status", support);
        this.jdbc = support.jdbc();
        this.json = json;
    }

    /** A device's status comes once a minute while it is connected: the version check alone keeps this inbox idempotent. */
    @Override
    protected boolean remembersEventIds() {
        return false;
    }

    @Override
    protected void apply(Object event) {
        if (event instanceof DeviceStatusChanged changed) {
            record(changed.status(), changed.version());
        }
    }

    private void record(DeviceState status, long version) {
        jdbc.sql("""
                        INSERT INTO device_status (mn, enterprise_id, outlet, status, version)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (mn) DO UPDATE SET enterprise_id = EXCLUDED.enterprise_id, outlet = EXCLUDED.outlet,
                            status = EXCLUDED.status, version = EXCLUDED.version
                        WHERE device_status.version < EXCLUDED.version""")
                .params(status.mn().value(), status.enterpriseId().value(), status.outlet().value(), json.write(status), version)
                .update();
    }
}
