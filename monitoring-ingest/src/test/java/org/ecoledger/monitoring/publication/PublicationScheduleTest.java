package org.ecoledger.monitoring.publication;

import org.ecoledger.common.monitoring.DeviceMn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationScheduleTest {

    private static final DeviceMn STACK = DeviceMn.of("010000A8900016F000169DC0");
    private static final DeviceMn OUTFALL = DeviceMn.of("010000A8900016F000169DC1");
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private final PublicationSchedule schedule = new PublicationSchedule(Duration.ofMinutes(1));

    private List<DeviceMn> publishDue(Instant now) {
        List<DeviceMn> due = schedule.due(now);
        schedule.published(due, now);
        return due;
    }

    @Test
    void nothingIsDueWithoutAChange() {
        assertThat(publishDue(T0)).isEmpty();
    }

    @Test
    void aDeviceNotPublishedWithinTheIntervalIsDueAtOnce() {
        schedule.changed(Map.of(STACK, false, OUTFALL, false));

        assertThat(publishDue(T0)).containsExactly(STACK, OUTFALL);
    }

    @Test
    void aDeviceWhoseActivityKeepsChangingIsPublishedAtMostOnceAMinute() {
        schedule.changed(Map.of(STACK, false));
        assertThat(publishDue(T0)).containsExactly(STACK);

        for (int second = 5; second < 60; second += 5) {
            schedule.changed(Map.of(STACK, false));
            assertThat(publishDue(T0.plusSeconds(second))).as("%d s after the last record", second).isEmpty();
        }
        assertThat(publishDue(T0.plusSeconds(60))).containsExactly(STACK);
    }

    @Test
    void aConnectionOrDisconnectionIsDueAtOnceEvenWithinTheMinute() {
        schedule.changed(Map.of(STACK, false));
        publishDue(T0);

        schedule.changed(Map.of(STACK, false));
        schedule.changed(Map.of(STACK, true));

        assertThat(publishDue(T0.plusSeconds(5))).containsExactly(STACK);
    }

    @Test
    void theLastChangeOfADeviceThatFellSilentStillGoesOut() {
        schedule.changed(Map.of(STACK, false));
        publishDue(T0);
        schedule.changed(Map.of(STACK, false));
        assertThat(publishDue(T0.plusSeconds(10))).isEmpty();

        assertThat(publishDue(T0.plusSeconds(65))).as("no new change, but the one kept").containsExactly(STACK);
        assertThat(publishDue(T0.plusSeconds(200))).isEmpty();
    }

    @Test
    void whatWasNotPublishedStaysDue() {
        schedule.changed(Map.of(STACK, true));
        assertThat(schedule.due(T0)).containsExactly(STACK);

        assertThat(schedule.due(T0.plusSeconds(5))).as("Kafka did not take it").containsExactly(STACK);
    }
}
