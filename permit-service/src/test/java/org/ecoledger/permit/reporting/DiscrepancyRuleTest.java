package org.ecoledger.permit.reporting;

import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportedEmission;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscrepancyRuleTest {

    private static final DiscrepancyRule RULE = new DiscrepancyRule(10, 100_000);

    private static ReportedEmission so2(String tonnes) {
        return new ReportedEmission(Pollutant.SO2, Mass.ofTonnes(tonnes));
    }

    @Test
    void aDifferenceWithinTheToleratedShareIsNotMarked() {
        assertThat(RULE.compare(List.of(so2("18")), List.of(so2("20"))).get(0).discrepant()).isFalse();
        assertThat(RULE.compare(List.of(so2("17.999999")), List.of(so2("20"))).get(0).discrepant()).isTrue();
    }

    @Test
    void aSmallAbsoluteDifferenceIsNotMarkedHoweverLargeItsShare() {
        assertThat(RULE.compare(List.of(so2("0.05")), List.of(so2("0.1"))).get(0).discrepant()).isFalse();
        assertThat(RULE.compare(List.of(so2("0.05")), List.of(so2("0.2"))).get(0).discrepant()).isTrue();
    }

    @Test
    void aPollutantMonitoringCountedButTheReportLeftOutIsALineReportedAsZero() {
        List<ReportLine> lines = RULE.compare(List.of(so2("20")),
                List.of(so2("20"), new ReportedEmission(Pollutant.NOX, Mass.ofTonnes("5"))));
        assertThat(lines).containsExactly(new ReportLine(Pollutant.SO2, Mass.ofTonnes("20"), Mass.ofTonnes("20"), false),
                new ReportLine(Pollutant.NOX, Mass.ZERO, Mass.ofTonnes("5"), true));
    }

    @Test
    void withoutMonitoringThereIsNothingToCompareWith() {
        assertThat(RULE.compare(List.of(so2("20")), List.of()))
                .containsExactly(new ReportLine(Pollutant.SO2, Mass.ofTonnes("20"), null, false));
    }
}
