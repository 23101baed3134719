package org.ecoledger.common.enforcement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    @Test
    void aPeriodReadsAndWritesAsItsLabel() {
        for (String label : new String[]{"2026", "2026-Q3", "2026-M03", "2026-M12"}) {
            assertThat(ReportPeriod.parse(label).label()).isEqualTo(label);
        }
    }

    @Test
    void malformedLabelsAreRejected() {
        for (String label : new String[]{"2026-Q5", "2026-M13", "2026-M00", "26-Q1", "2026Q1", ""}) {
            assertThatThrownBy(() -> ReportPeriod.parse(label)).as(label).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aQuarterSpansItsThreeMonthsAndEndsAtMidnightBeijingTime() {
        ReportPeriod q3 = ReportPeriod.parse("2026-Q3");
        assertThat(q3.firstMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(q3.endsAt()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(q3.next()).isEqualTo(ReportPeriod.parse("2026-Q4"));
        assertThat(ReportPeriod.parse("2026-Q4").next()).isEqualTo(ReportPeriod.parse("2027-Q1"));
    }

    @Test
    void theDayFindsItsPeriodOfEachFrequency() {
        LocalDate day = LocalDate.parse("2026-11-23");
        assertThat(ReportPeriod.containing(day, ReportFrequency.MONTHLY).label()).isEqualTo("2026-M11");
        assertThat(ReportPeriod.containing(day, ReportFrequency.QUARTERLY).label()).isEqualTo("2026-Q4");
        assertThat(ReportPeriod.containing(day, ReportFrequency.ANNUAL).label()).isEqualTo("2026");
    }

    @Test
    void aCaseIdIsDerivedFromWhatOpenedIt() {
        assertThat(ViolationCaseId.forFlag("f-1")).isEqualTo(ViolationCaseId.forFlag("f-1")).isNotEqualTo(ViolationCaseId.forFlag("f-2"));
        ExecutionReportId report = ExecutionReportId.of("91510104MA6CG0LK2N001P/2026-Q3");
        assertThat(ViolationCaseId.forReport(report)).isNotEqualTo(ViolationCaseId.forFlag(report.value()));
    }
}
