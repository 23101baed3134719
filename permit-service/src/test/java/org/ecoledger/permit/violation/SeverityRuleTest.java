package org.ecoledger.permit.violation;

import org.ecoledger.common.enforcement.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.enforcement.ViolationType.*;

class SeverityRuleTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void dischargingWithoutAValidPermitIsAlwaysSerious() {
        assertThat(SeverityRule.of(DISCHARGE_WITHOUT_VALID_PERMIT, null, null, 0)).isEqualTo(Severity.SERIOUS);
    }

    @Test
    void aLateReportIsMinor() {
        assertThat(SeverityRule.of(EXECUTION_REPORT_LATE, null, null, 0)).isEqualTo(Severity.MINOR);
    }

    @Test
    void anExceedanceIsGradedByHowFarAboveItsLimitItIs() {
        assertThat(SeverityRule.of(CONCENTRATION_EXCEEDED, n("38.5"), n("35"), 1)).isEqualTo(Severity.MINOR);
        assertThat(SeverityRule.of(CONCENTRATION_EXCEEDED, n("38.6"), n("35"), 1)).isEqualTo(Severity.MODERATE);
        assertThat(SeverityRule.of(ANNUAL_TOTAL_EXCEEDED, n("150"), n("100"), 1)).isEqualTo(Severity.MODERATE);
        assertThat(SeverityRule.of(ANNUAL_TOTAL_EXCEEDED, n("151"), n("100"), 1)).isEqualTo(Severity.SERIOUS);
    }

    @Test
    void anExceedanceWithoutAKnownLimitIsModerate() {
        assertThat(SeverityRule.of(CONCENTRATION_EXCEEDED, n("38"), null, 1)).isEqualTo(Severity.MODERATE);
    }

    @Test
    void missingDataIsGradedByHowLongItLasted() {
        assertThat(SeverityRule.of(DATA_MISSING_OR_INVALID, n("23"), n("4"), 23)).isEqualTo(Severity.MINOR);
        assertThat(SeverityRule.of(DATA_MISSING_OR_INVALID, n("24"), n("4"), 24)).isEqualTo(Severity.MODERATE);
        assertThat(SeverityRule.of(DATA_MISSING_OR_INVALID, n("72"), n("4"), 72)).isEqualTo(Severity.SERIOUS);
    }

    @Test
    void aViolationLastingThreeDaysIsAtLeastModerate() {
        assertThat(SeverityRule.of(CONCENTRATION_EXCEEDED, n("36"), n("35"), 71)).isEqualTo(Severity.MINOR);
        assertThat(SeverityRule.of(CONCENTRATION_EXCEEDED, n("36"), n("35"), 72)).isEqualTo(Severity.MODERATE);
    }
}
