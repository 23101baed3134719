package org.ecoledger.monitoring.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.local.MigratedSchema;
import org.ecoledger.local.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Device activity kept in memory and flushed in batches to its table in a real PostgreSQL. */
class DeviceActivityTest {

    private static final DeviceMn FIRST = DeviceMn.of("010000A8900016F000169DC0");
    private static final DeviceMn SECOND = DeviceMn.of("010000A8900016F000169DC1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private JdbcClient jdbc;
    private DeviceActivity activity;

    @BeforeEach
    void table() {
        DataSource dataSource = MigratedSchema.of("activity_" + System.nanoTime(), "classpath:db/monitoring");
        jdbc = JdbcClient.create(dataSource);
        activity = new DeviceActivity(jdbc, new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock, new ObjectMapper());
    }

    @Test
    void eachFlushAddsItsCountsToWhatTheTableHolds() {
        activity.connected(FIRST, true);
        activity.accepted(FIRST);
        activity.rejected(FIRST, "BAD_CRC");
        activity.accepted(SECOND);
        activity.flush();
        clock.advance(Duration.ofMinutes(1));
        activity.accepted(FIRST);
        activity.rejected(FIRST, "BAD_CRC");
        activity.rejected(FIRST, "UNKNOWN_MN");
        activity.flush();

        Map<DeviceMn, DeviceActivity.Status> statuses = activity.statuses(List.of(FIRST, SECOND));
        assertThat(statuses.get(FIRST).acceptedFrames()).isEqualTo(2);
        assertThat(statuses.get(FIRST).rejections()).containsExactlyInAnyOrderEntriesOf(Map.of("BAD_CRC", 2L, "UNKNOWN_MN", 1L));
        assertThat(statuses.get(FIRST).connected()).isTrue();
        assertThat(statuses.get(FIRST).lastFrameAt()).isEqualTo(clock.instant());
        assertThat(statuses.get(SECOND).acceptedFrames()).isEqualTo(1);
    }

    @Test
    void whatAFailedFlushTookOutIsWrittenByTheNextFlush() {
        activity.connected(FIRST, true);
        activity.accepted(FIRST);
        activity.rejected(FIRST, "BAD_CRC");
        jdbc.sql("ALTER TABLE device_activity RENAME TO device_activity_away").update();

        assertThatThrownBy(activity::flush).isInstanceOf(RuntimeException.class);

        jdbc.sql("ALTER TABLE device_activity_away RENAME TO device_activity").update();
        clock.advance(Duration.ofMinutes(1));
        activity.accepted(FIRST);
        activity.rejected(FIRST, "BAD_CRC");
        activity.flush();

        DeviceActivity.Status status = activity.statuses(List.of(FIRST)).get(FIRST);
        assertThat(status.acceptedFrames()).isEqualTo(2);
        assertThat(status.rejections()).containsExactlyEntriesOf(Map.of("BAD_CRC", 2L));
        assertThat(status.connected()).isTrue();
        assertThat(status.lastFrameAt()).isEqualTo(clock.instant());
    }
}
