package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoledger.monitoring.simulator.Scenario;
import org.junit.jupiter.api.Test;

class DemoDevicesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:35:12Z");

    @Test
    void simulatedTimeStartsAtTheNextWholeHour() {
        assertThat(DemoDevices.simulationStart(NOW, Optional.empty(), Optional.of(LocalDate.parse("2026-11-23"))))
                .isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    void simulatedTimeGoesOnFromWhereTheLastRunLeftIt() {
        Instant reached = Instant.parse("2026-11-25T17:42:00Z");
        assertThat(DemoDevices.simulationStart(NOW, Optional.of(reached), Optional.empty()))
                .isEqualTo(Instant.parse("2026-11-25T18:00:00Z"));
        assertThat(DemoDevices.simulationStart(NOW, Optional.of(NOW.minus(Duration.ofDays(3))), Optional.empty()))
                .isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    void noReadingPrecedesThePermitsValidity() {
        // A data folder seeded by an older launcher holds a permit valid from the first of next month.
        assertThat(DemoDevices.simulationStart(NOW, Optional.empty(), Optional.of(LocalDate.parse("2026-12-01"))))
                .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDeviceMeasuresAnOutletOfChengduPowersPermitAndOneExceedsItsLimit() {
        List<Map<String, Object>> outlets =
                (List<Map<String, Object>>) DemoEnterprise.CHENGDU_POWER.terms().get("outlets");
        List<Object> codes = outlets.stream().map(o -> o.get("code")).toList();
        assertThat(DemoDevices.DEVICES).allSatisfy(device -> assertThat(codes).contains(device.outlet()));
        assertThat(DemoDevices.DEVICES).extracting(DemoDevices.DemoDevice::mn).doesNotHaveDuplicates();

        DemoDevices.DemoDevice exceeding =
                DemoDevices.DEVICES.stream().filter(d -> d.scenario().startsWith("concentration")).findFirst().orElseThrow();
        Map<String, Object> outlet =
                outlets.stream().filter(o -> o.get("code").equals(exceeding.outlet())).findFirst().orElseThrow();
        Map<String, Object> so2 =
                ((List<Map<String, Object>>) outlet.get("limits"))
                        .stream().filter(l -> l.get("pollutant").equals("SO2")).findFirst().orElseThrow();
        Scenario scenario = Scenario.parse(exceeding.kind(), exceeding.scenario(), NOW);
        assertThat(scenario.concentrations().get("a21026")).isGreaterThan(Double.parseDouble((String) so2.get("limit")) * 1.2);
    }
}
