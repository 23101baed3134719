package org.ecoledger.monitoring.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimulatorOptionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:35:00Z");

    @Test
    void registeredDevicesStartAtTheNextWholeHourWithTheGivenFaults() {
        var options = SimulatorOptions.parse(new String[] {"--register", "20", "--token", "t", "--enterprise", "91510104MA6CHP001C",
                "--outlet", "DW001", "--bad-crc", "0.01", "--gap", "0.02", "--simulate", "P1D"}, NOW);
        assertThat(options.register()).isEqualTo(20);
        assertThat(options.kind()).isEqualTo(SourceKind.WASTEWATER);
        assertThat(options.start()).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(options.settings().until()).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        assertThat(options.settings().faults()).isEqualTo(new FaultPlan(0.01, 0, 0, 0, 0, 0.02));
        assertThat(options.speedFor(20)).isEqualTo(60);
    }

    @Test
    void aRateSetsTheClockSpeed() {
        var options = SimulatorOptions.parse(new String[] {"--devices-file", "devices.csv", "--rate", "20000", "--minute-interval", "1",
                "--periods", "minute"}, NOW);
        // 10,000 devices sending a minute upload each simulated minute: 20,000 a second at 120 times real time.
        assertThat(options.speedFor(10_000)).isCloseTo(120, within(1e-9));
        assertThat(options.settings().minuteInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aMisspeltOrIncompleteCommandLineIsRefused() {
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--devices-file", "d.csv", "--sped", "2"}, NOW))
                .hasMessageContaining("sped");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--register", "2"}, NOW)).hasMessageContaining("--token");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--speed", "2"}, NOW)).hasMessageContaining("no devices");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--devices-file", "d.csv", "--minute-interval", "7"}, NOW))
                .hasMessageContaining("MinInterval");
    }

    @Test
    void scenariosAreReadFromTheCommandLine() {
        Instant start = Instant.parse("2026-11-23T05:00:00Z");
        Scenario over = Scenario.parse(SourceKind.FLUE_GAS, "concentration:a21026:48:PT2H", start);
        assertThat(over.onset()).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(over.concentrations()).containsEntry("a21026", 48.0);
        assertThat(Scenario.parse(SourceKind.WASTEWATER, "total:w01018:1.5:P3D", start).flowFactor()).isGreaterThan(1);
        assertThatThrownBy(() -> Scenario.parse(SourceKind.FLUE_GAS, "concentration:a00000:4", start)).hasMessageContaining("not a pollutant");
        assertThatThrownBy(() -> Scenario.parse(SourceKind.FLUE_GAS, "spike", start)).isInstanceOf(IllegalArgumentException.class);
    }
}
