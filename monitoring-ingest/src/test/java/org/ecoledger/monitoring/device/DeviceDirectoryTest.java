package org.ecoledger.monitoring.device;

import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.local.MigratedSchema;
import org.ecoledger.local.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The directory against the registry's table in a real PostgreSQL, changed behind its back as another instance would. */
class DeviceDirectoryTest {

    private static final DeviceMn MN = DeviceMn.of("010000A8900016F000169DC0");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private JdbcClient jdbc;
    private DeviceDirectory directory;

    @BeforeEach
    void registry() {
        DataSource dataSource = MigratedSchema.of("directory_" + System.nanoTime(), "classpath:db/monitoring");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                        INSERT INTO device (mn, enterprise_id, region, outlet, protocol, data_interval_seconds, crc_variant, framing,
                                            secret_algorithm, secret_salt, secret_hash, status, registered_at, updated_at)
                        VALUES (?, '91510104MA6CHP001C', '510104', 'DA001', 'HJ212_2017', 60, 'STANDARD', 'STANDARD',
                                'SHA-256', 'salt', 'hash', 'ACTIVE', now(), now())""")
                .param(MN.value()).update();
        directory = new DeviceDirectory(jdbc, clock);
    }

    @AfterEach
    void stop() {
        directory.destroy();
    }

    private void suspendElsewhere() {
        jdbc.sql("UPDATE device SET status = 'SUSPENDED' WHERE mn = ?").param(MN.value()).update();
    }

    private Optional<DeviceStatus> statusFound() {
        return directory.find(MN).map(RegisteredDevice::status);
    }

    @Test
    void anEntryWithinItsTimeToLiveIsServedFromMemory() {
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
        suspendElsewhere();
        clock.advance(DeviceDirectory.TIME_TO_LIVE);
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
    }

    @Test
    void anExpiredEntryServesTheFrameThatFoundItAndIsReadAgainBehindIt() {
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
        suspendElsewhere();
        clock.advance(DeviceDirectory.TIME_TO_LIVE.plusSeconds(1));
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
        await().atMost(Duration.ofSeconds(10)).until(() -> statusFound().equals(Optional.of(DeviceStatus.SUSPENDED)));
    }

    @Test
    void anEntryOlderThanItsLongestUseIsReadAgainBeforeItIsUsed() {
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
        suspendElsewhere();
        clock.advance(DeviceDirectory.LONGEST_USE.plusSeconds(1));
        assertThat(statusFound()).contains(DeviceStatus.SUSPENDED);
    }

    @Test
    void aDeviceRemovedFromTheRegistryIsFoundMissingOnceReadAgain() {
        assertThat(statusFound()).contains(DeviceStatus.ACTIVE);
        jdbc.sql("DELETE FROM device WHERE mn = ?").param(MN.value()).update();
        clock.advance(DeviceDirectory.TIME_TO_LIVE.plusSeconds(1));
        directory.find(MN);
        await().atMost(Duration.ofSeconds(10)).until(() -> directory.find(MN).isEmpty());
    }
}
