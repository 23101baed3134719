package org.ecoledger.monitoring.device;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.event.DeviceDecommissioned;
import org.ecoledger.common.monitoring.event.DeviceFramingChanged;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.ecoledger.common.monitoring.event.DeviceReinstated;
import org.ecoledger.common.monitoring.event.DeviceSecretRotated;
import org.ecoledger.common.monitoring.event.DeviceSuspended;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** Keeps the device table in step with the registry's events, and tells the ingest's cache what changed. */
@Component
@ProcessingGroup("device-registry")
class DeviceRegistryProjection {

    private final JdbcClient jdbc;
    private final DeviceDirectory directory;

    DeviceRegistryProjection(JdbcClient jdbc, DeviceDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventHandler
    void on(DeviceRegistered event) {
        jdbc.sql("""
                        INSERT INTO device (mn, enterprise_id, region, outlet, protocol, data_interval_seconds, crc_variant, framing,
                                            secret_algorithm, secret_salt, secret_hash, status, registered_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (mn) DO NOTHING""")
                .params(event.mn().value(), event.enterpriseId().value(), event.region().value(), event.outlet().value(),
                        event.protocol().name(), event.dataInterval().toSeconds(), event.crcVariant().name(), event.framing().name(),
                        event.secret().algorithm(), event.secret().salt(), event.secret().hash(), DeviceStatus.ACTIVE.name(),
                        ts(event.at()), ts(event.at()))
                .update();
        forgetAfterCommit(event.mn());
    }

    @EventHandler
    void on(DeviceSecretRotated event) {
        DeviceSecret secret = event.secret();
        jdbc.sql("UPDATE device SET secret_algorithm = ?, secret_salt = ?, secret_hash = ?, updated_at = ? WHERE mn = ?")
                .params(secret.algorithm(), secret.salt(), secret.hash(), ts(event.at()), event.mn().value())
                .update();
        forgetAfterCommit(event.mn());
    }

    @EventHandler
    void on(DeviceFramingChanged event) {
        jdbc.sql("UPDATE device SET framing = ?, updated_at = ? WHERE mn = ?")
                .params(event.framing().name(), ts(event.at()), event.mn().value())
                .update();
        forgetAfterCommit(event.mn());
    }

    @EventHandler
    void on(DeviceSuspended event) {
        setStatus(event.mn(), DeviceStatus.SUSPENDED, event.at());
    }

    @EventHandler
    void on(DeviceReinstated event) {
        setStatus(event.mn(), DeviceStatus.ACTIVE, event.at());
    }

    @EventHandler
    void on(DeviceDecommissioned event) {
        setStatus(event.mn(), DeviceStatus.DECOMMISSIONED, event.at());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE device").update();
        directory.forgetAll();
    }

    private void setStatus(DeviceMn mn, DeviceStatus status, Instant at) {
        jdbc.sql("UPDATE device SET status = ?, updated_at = ? WHERE mn = ?").params(status.name(), ts(at), mn.value()).update();
        forgetAfterCommit(mn);
    }

    /**
     * Evicted once the row is committed: evicted earlier, a concurrent lookup could read the old
     * row and cache it again, and a rotated secret would be refused for a whole time-to-live.
     */
    private void forgetAfterCommit(DeviceMn mn) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> directory.forget(mn));
        } else {
            directory.forget(mn);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
