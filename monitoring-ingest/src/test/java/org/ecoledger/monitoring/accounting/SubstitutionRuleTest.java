package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.ConcentrationUnit;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class SubstitutionRuleTest {

    private static final Instant HOUR = Instant.parse("2025-03-01T05:00:00Z");
    private static final Optional<ConcentrationLimit> SO2_LIMIT = Optional.of(
            new ConcentrationLimit(Pollutant.SO2, Concentration.of("35", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"));

    @Test
    void theHighestValidMassOfTheLookBackComesFirst() {
        HourSlot slot = SubstitutionRule.substitute(HOUR, SlotKind.MISSING, null, null, OptionalLong.of(812), SO2_LIMIT,
                Optional.of(new BigDecimal("100000")), Medium.AIR);

        assertThat(slot.grams()).isEqualTo(812);
        assertThat(slot.basis()).isEqualTo(SubstitutionBasis.HISTORY);
        assertThat(slot.substituted()).isTrue();
    }

    @Test
    void withoutHistoryTheLimitTimesTheHighestValidFlowIsTheMostThePermitWouldAllow() {
        HourSlot slot = SubstitutionRule.substitute(HOUR, SlotKind.INVALID, DataFlag.M, "key", OptionalLong.empty(), SO2_LIMIT,
                Optional.of(new BigDecimal("100001")), Medium.AIR);

        // 35 mg/m³ × 100001 m³ = 3500.035 g, rounded up
        assertThat(slot.grams()).isEqualTo(3501);
        assertThat(slot.basis()).isEqualTo(SubstitutionBasis.PERMIT_LIMIT_TIMES_FLOW);
        assertThat(slot.flag()).isEqualTo(DataFlag.M);
    }

    @Test
    void withoutHistoryLimitOrFlowTheHourIsZeroGramsAndStillSubstituted() {
        HourSlot slot = SubstitutionRule.substitute(HOUR, SlotKind.MISSING, null, null, OptionalLong.empty(), SO2_LIMIT,
                Optional.empty(), Medium.AIR);

        assertThat(slot.grams()).isZero();
        assertThat(slot.basis()).isEqualTo(SubstitutionBasis.NONE);
        assertThat(slot.substituted()).isTrue();
    }

    @Test
    void aLaterValidHourRaisesASubstituteButNeverLowersIt() {
        HourSlot substitute = new HourSlot(HOUR, 500, SlotKind.MISSING, null, SubstitutionBasis.PERMIT_LIMIT_TIMES_FLOW, null);

        assertThat(SubstitutionRule.raisedBy(substitute, 700)).satisfies(s -> {
            assertThat(s.grams()).isEqualTo(700);
            assertThat(s.basis()).isEqualTo(SubstitutionBasis.HISTORY);
        });
        assertThat(SubstitutionRule.raisedBy(substitute, 300)).isSameAs(substitute);
    }

    @Test
    void aMeasuredHourIsNeverRaised() {
        HourSlot measured = HourSlot.counted(HOUR, 100, SlotKind.MEASURED, DataFlag.N, "key");

        assertThat(SubstitutionRule.raisedBy(measured, 700)).isSameAs(measured);
    }
}
