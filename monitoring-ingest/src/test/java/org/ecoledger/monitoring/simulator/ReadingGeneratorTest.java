package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadingGeneratorTest {

    private static final Instant MIDNIGHT_BEIJING = Instant.parse("2026-11-22T16:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private final ReadingGenerator plant = new ReadingGenerator(SourceKind.FLUE_GAS, 42, Scenario.NORMAL);
    private final ReadingGenerator mill = new ReadingGenerator(SourceKind.WASTEWATER, 42, Scenario.NORMAL);

    private static double value(List<CpItem> items, String key) {
        return Double.parseDouble(items.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow().value());
    }

    private static double sumOverHours(ReadingGenerator generator, int hours, Function<List<CpItem>, Double> each) {
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            sum += each.apply(generator.upload(MIDNIGHT_BEIJING.plus(HOUR.multipliedBy(h)), HOUR, "N"));
        }
        return sum;
    }

    @Test
    void aFlueGasUploadCarriesEachFactorsAverageExtremesAmountAndFlag() {
        List<CpItem> items = plant.upload(MIDNIGHT_BEIJING, HOUR, "N");
        assertThat(items.get(0)).isEqualTo(new CpItem("DataTime", "20261123000000"));
        assertThat(items).extracting(CpItem::key).contains(
                "a21026-Avg", "a21026-Min", "a21026-Max", "a21026-ZsAvg", "a21026-Cou", "a21026-Flag",
                "a21002-Cou", "a34013-Cou", "a00000-Cou", "a19001-Avg", "a01012-Avg", "a01013-Avg", "a01014-Avg");
        assertThat(items).extracting(CpItem::key).doesNotContain("a19001-Cou", "a00000-ZsAvg");
        for (String code : List.of("a21026", "a21002", "a34013", "a00000", "a19001")) {
            assertThat(value(items, code + "-Min")).isLessThanOrEqualTo(value(items, code + "-Avg"));
            assertThat(value(items, code + "-Avg")).isLessThanOrEqualTo(value(items, code + "-Max"));
        }
    }

    @Test
    void theSamePeriodOfTheSameDeviceReadsTheSameEveryTime() {
        Instant tenOClock = MIDNIGHT_BEIJING.plus(Duration.ofHours(10));
        assertThat(plant.upload(tenOClock, HOUR, "N")).isEqualTo(new ReadingGenerator(SourceKind.FLUE_GAS, 42, Scenario.NORMAL)
                .upload(tenOClock, HOUR, "N"));
        assertThat(plant.upload(tenOClock, HOUR, "N")).isNotEqualTo(new ReadingGenerator(SourceKind.FLUE_GAS, 43, Scenario.NORMAL)
                .upload(tenOClock, HOUR, "N"));
    }

    @Test
    void aTypicalPlantStaysWithinUltraLowEmissionLimitsAroundItsMeans() {
        int hours = 24 * 7;
        for (int h = 0; h < hours; h++) {
            List<CpItem> hour = plant.upload(MIDNIGHT_BEIJING.plus(HOUR.multipliedBy(h)), HOUR, "N");
            assertThat(value(hour, "a21026-ZsAvg")).isBetween(10.0, 35.0);
            assertThat(value(hour, "a21002-ZsAvg")).isBetween(20.0, 50.0);
            assertThat(value(hour, "a34013-ZsAvg")).isBetween(2.0, 10.0);
        }
        assertThat(sumOverHours(plant, hours, h -> value(h, "a21026-Avg")) / hours).isCloseTo(18, within(1.5));
        assertThat(sumOverHours(plant, hours, h -> value(h, "a00000-Avg")) / hours).isCloseTo(150, within(8.0));
        assertThat(sumOverHours(mill, hours, h -> value(h, "w01018-Avg")) / hours).isCloseTo(45, within(3.0));
    }

    @Test
    void anHoursAmountIsTheSumOfItsMinutes() {
        List<CpItem> hour = plant.upload(MIDNIGHT_BEIJING, HOUR, "N");
        double so2 = 0;
        double volume = 0;
        for (int m = 0; m < 60; m++) {
            List<CpItem> minute = plant.upload(MIDNIGHT_BEIJING.plus(Duration.ofMinutes(m)), Duration.ofMinutes(1), "N");
            so2 += value(minute, "a21026-Cou");
            volume += value(minute, "a00000-Cou");
        }
        assertThat(value(hour, "a21026-Cou")).isCloseTo(so2, within(0.01));
        assertThat(value(hour, "a00000-Cou")).isCloseTo(volume, within(5.0));
    }

    @Test
    void aPollutantsMassIsItsConcentrationTimesTheFlow() {
        List<CpItem> plantHour = plant.upload(MIDNIGHT_BEIJING, HOUR, "N");
        // mg/m³ × m³ = mg; the amount is in kg
        assertThat(value(plantHour, "a21026-Cou"))
                .isCloseTo(value(plantHour, "a21026-Avg") * value(plantHour, "a00000-Cou") / 1e6, within(0.02 * value(plantHour, "a21026-Cou")));
        List<CpItem> millDay = mill.upload(MIDNIGHT_BEIJING, Duration.ofDays(1), "N");
        // mg/L × m³ = g; about 5,000 m³ a day
        assertThat(value(millDay, "w00000-Cou")).isBetween(4000.0, 6000.0);
        assertThat(value(millDay, "w01018-Cou"))
                .isCloseTo(value(millDay, "w01018-Avg") * value(millDay, "w00000-Cou") / 1e3, within(0.02 * value(millDay, "w01018-Cou")));
    }

    @Test
    void aConcentrationScenarioExceedsTheLimitFromItsOnsetOnly() {
        Instant onset = MIDNIGHT_BEIJING.plus(Duration.ofHours(2));
        var exceeding = new ReadingGenerator(SourceKind.FLUE_GAS, 42, Scenario.concentrationAt(SourceKind.FLUE_GAS, "a21026", 48, onset));
        assertThat(value(exceeding.upload(MIDNIGHT_BEIJING.plus(HOUR), HOUR, "N"), "a21026-ZsAvg")).isLessThan(35);
        for (int h = 2; h < 26; h++) {
            assertThat(value(exceeding.upload(MIDNIGHT_BEIJING.plus(HOUR.multipliedBy(h)), HOUR, "N"), "a21026-ZsAvg")).isGreaterThan(35);
        }
    }

    @Test
    void aTotalScenarioReachesItsTonnesInItsTimeWithinTheConcentrationLimit() {
        var overTotal = new ReadingGenerator(SourceKind.FLUE_GAS, 42,
                Scenario.totalWithin(SourceKind.FLUE_GAS, "a21026", new BigDecimal("0.5"), Duration.ofHours(48), MIDNIGHT_BEIJING));
        double kilograms = sumOverHours(overTotal, 48, h -> value(h, "a21026-Cou"));
        assertThat(kilograms).isCloseTo(500, within(40.0));
        assertThat(sumOverHours(overTotal, 48, h -> value(h, "a21026-ZsAvg")) / 48).isLessThan(35);
    }

    @Test
    void everyUploadFitsOneStandardFrame() {
        var header = new Header("20261123000000001", "31", "2031", "123456", "010000A8900016F000169DC0", 5, null, null);
        for (ReadingGenerator generator : List.of(plant, mill)) {
            for (Duration length : List.of(Duration.ofMinutes(1), HOUR, Duration.ofDays(1))) {
                byte[] frame = Hj212Encoder.encode(header, generator.upload(MIDNIGHT_BEIJING, length, "N"));
                assertThat(frame.length).isLessThan(1036);
            }
        }
    }

    @Test
    void theFlagGivenMarksEveryFactor() {
        List<CpItem> maintenance = mill.upload(MIDNIGHT_BEIJING, HOUR, "M");
        assertThat(maintenance.stream().filter(i -> i.key().endsWith("-Flag"))).hasSize(SourceKind.WASTEWATER.factors().size())
                .allSatisfy(flag -> assertThat(flag.value()).isEqualTo("M"));
    }

    @Test
    void aValueIsPrintedWithItsDecimalsRoundedHalfUpExactlyAsBigDecimalWould() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(5);
            // Every other value is a half unit of a short decimal, where a double's scaling could round either way.
            double value = i % 2 == 0 ? random.nextDouble(1e7) : random.nextInt(100_000) / 1000.0 + (random.nextBoolean() ? 0.0005 : 0.005);
            double signed = random.nextInt(10) == 0 ? -value : value;
            assertThat(ReadingGenerator.decimal(signed, decimals))
                    .as("%s at %d decimals", signed, decimals)
                    .isEqualTo(BigDecimal.valueOf(signed).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        assertThat(ReadingGenerator.decimal(0.125, 2)).isEqualTo("0.13");
        assertThat(ReadingGenerator.decimal(-0.001, 2)).isEqualTo("0.00");
        assertThat(ReadingGenerator.decimal(12.04, 4)).isEqualTo("12.0400");
    }
}
