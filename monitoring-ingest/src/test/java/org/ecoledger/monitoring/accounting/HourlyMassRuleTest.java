package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.monitoring.accounting.AccountingFixture.AIR_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.EFFLUENT;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.WATER_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.average;
import static org.ecoledger.monitoring.accounting.AccountingFixture.cou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.flow;
import static org.ecoledger.monitoring.accounting.AccountingFixture.hourly;
import static org.ecoledger.monitoring.accounting.AccountingFixture.reading;

class HourlyMassRuleTest {

    private static final Instant HOUR = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant RECEIVED = HOUR.plusSeconds(3900);

    private static List<FactorHour> stackHour(FactorReading... factors) {
        return HourlyMassRule.hourOf(hourly(enterprise(1), STACK, HOUR, RECEIVED, factors));
    }

    @Test
    void theDevicesCouInKilogramsBecomesWholeGramsRoundedUp() {
        assertThat(stackHour(cou("a21026", "1.2341", DataFlag.N))).singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(SlotKind.MEASURED);
                    assertThat(h.grams()).isEqualTo(1235);
                });
    }

    @Test
    void couIsPreferredOverConcentrationTimesFlow() {
        FactorReading both = new FactorReading("a21026", null, null, new BigDecimal("500"), null, null, new BigDecimal("0.1"), DataFlag.N);

        assertThat(stackHour(both, flow(AIR_FLOW, "10000"))).singleElement().extracting(FactorHour::grams).isEqualTo(100L);
    }

    @Test
    void flueGasMassIsConcentrationTimesFlowOverAThousand() {
        assertThat(stackHour(average("a21026", "12.5", DataFlag.N), flow(AIR_FLOW, "8000.4"))).singleElement()
                .extracting(FactorHour::grams).isEqualTo(101L);
    }

    @Test
    void wasteWaterMassIsConcentrationTimesVolumeInGrams() {
        List<FactorHour> hours = HourlyMassRule.hourOf(hourly(enterprise(1), EFFLUENT, HOUR, RECEIVED,
                average("w01018", "40", DataFlag.N), flow(WATER_FLOW, "12.5")));

        assertThat(hours).singleElement().extracting(FactorHour::grams).isEqualTo(500L);
    }

    @Test
    void aMissingFlagReadsAsValid() {
        assertThat(stackHour(cou("a21026", "0.5", null))).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SlotKind.MEASURED);
            assertThat(h.flag()).isEqualTo(DataFlag.N);
        });
    }

    @ParameterizedTest
    @EnumSource(value = DataFlag.class, names = {"M", "C", "D", "B", "P"})
    void invalidFlagsMakeAnInvalidHourWhateverItsValues(DataFlag flag) {
        assertThat(stackHour(cou("a21026", "0.5", flag))).singleElement().extracting(FactorHour::kind).isEqualTo(SlotKind.INVALID);
    }

    @ParameterizedTest
    @EnumSource(value = DataFlag.class, names = {"N", "S", "T"})
    void validFlagsCountTheMeasuredMass(DataFlag flag) {
        assertThat(stackHour(cou("a21026", "0.5", flag))).singleElement().extracting(FactorHour::grams).isEqualTo(500L);
    }

    @Test
    void aSourceStoppedHourIsZeroGrams() {
        assertThat(stackHour(cou("a21026", "0.5", DataFlag.F))).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SlotKind.SOURCE_STOPPED);
            assertThat(h.grams()).isZero();
        });
    }

    @Test
    void aValidFlagWithoutTheNumbersForAMassIsAnInvalidHour() {
        assertThat(stackHour(average("a21026", "12.5", DataFlag.N))).singleElement().extracting(FactorHour::kind)
                .isEqualTo(SlotKind.INVALID);
        assertThat(stackHour(cou("a21026", "-0.5", DataFlag.N))).singleElement().extracting(FactorHour::kind)
                .isEqualTo(SlotKind.INVALID);
    }

    @Test
    void aFlowWithAnInvalidFlagIsNotUsed() {
        FactorReading brokenFlow = new FactorReading(AIR_FLOW, null, null, null, null, null, new BigDecimal("8000"), DataFlag.D);

        assertThat(stackHour(average("a21026", "12.5", DataFlag.N), brokenFlow)).singleElement().extracting(FactorHour::kind)
                .isEqualTo(SlotKind.INVALID);
    }

    @Test
    void onlyControlledPollutantsOfTheOutletsMediumCountInNameOrderWith2005CodesRecognised() {
        List<FactorHour> hours = stackHour(
                cou("a21026", "0.1", DataFlag.N),
                cou("w01018", "0.1", DataFlag.N),
                cou("a99999", "0.1", DataFlag.N),
                cou("03", "0.2", DataFlag.N),
                flow(AIR_FLOW, "1000"));

        assertThat(hours).extracting(FactorHour::pollutant).containsExactly(Pollutant.NOX, Pollutant.SO2);
    }

    @Test
    void onlyHourlyReadingsHaveHourlyMasses() {
        assertThatThrownBy(() -> HourlyMassRule.hourOf(reading(enterprise(1), STACK, ReadingPeriod.MINUTE, HOUR, RECEIVED,
                cou("a21026", "0.1", DataFlag.N)))).isInstanceOf(IllegalArgumentException.class);
    }
}
