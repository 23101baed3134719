package org.ecoledger.monitoring.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-11-23T06:00:00Z");

    @Test
    void simulatedTimeRunsSpeedTimesFasterThanRealTime() {
        var clock = new SimulatedClock(START, 3600, 1_000_000_000L);
        assertThat(clock.at(1_000_000_000L)).isEqualTo(START);
        assertThat(clock.at(2_000_000_000L)).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
    }

    @Test
    void theRealMomentOfASimulatedInstantIsWhereTheClockShowsIt() {
        var clock = new SimulatedClock(START, 120, 5_000L);
        Instant inAnHour = Instant.parse("2026-11-23T07:00:00Z");
        assertThat(clock.nanoTimeAt(inAnHour)).isEqualTo(5_000L + 30_000_000_000L);
        assertThat(clock.at(clock.nanoTimeAt(inAnHour))).isEqualTo(inAnHour);
    }

    @Test
    void aClockCannotStandStillOrRunBackwards() {
        assertThatThrownBy(() -> new SimulatedClock(START, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedClock(START, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
