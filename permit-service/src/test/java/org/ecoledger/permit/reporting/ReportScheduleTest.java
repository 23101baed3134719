package org.ecoledger.permit.reporting;

import org.ecoledger.common.enforcement.ReportFrequency;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.Validity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportScheduleTest {

    private static final ReportSchedule SCHEDULE = new ReportSchedule(List.of(ReportFrequency.QUARTERLY, ReportFrequency.ANNUAL),
            Map.of(ReportFrequency.QUARTERLY, Period.ofDays(15), ReportFrequency.ANNUAL, Period.ofDays(31)), Period.ofYears(1));
    private static final Validity FROM_DECEMBER = new Validity(LocalDate.parse("2026-12-01"), LocalDate.parse("2031-11-30"));

    @Test
    void aQuarterlyReportIsDueFifteenDaysAfterItsQuarterInBeijingTime() {
        assertThat(SCHEDULE.deadlineOf(ReportPeriod.parse("2027-Q3"))).isEqualTo(Instant.parse("2027-10-15T16:00:00Z"));
        assertThat(SCHEDULE.deadlineOf(ReportPeriod.parse("2026"))).isEqualTo(Instant.parse("2027-01-31T16:00:00Z"));
    }

    @Test
    void aPermitOwesTheReportsOfEveryPeriodItsValidityTouchesOnceTheirDeadlinePassed() {
        assertThat(SCHEDULE.pastDeadline(FROM_DECEMBER, Instant.parse("2027-01-15T15:59:59Z"))).isEmpty();
        assertThat(SCHEDULE.pastDeadline(FROM_DECEMBER, Instant.parse("2027-01-15T16:00:00Z")))
                .containsExactly(ReportPeriod.parse("2026-Q4"));
        assertThat(SCHEDULE.pastDeadline(FROM_DECEMBER, Instant.parse("2027-04-20T00:00:00Z")))
                .containsExactly(ReportPeriod.parse("2026-Q4"), ReportPeriod.parse("2027-Q1"), ReportPeriod.parse("2026"));
    }

    @Test
    void deadlinesOlderThanTheLookBackAreLeftAlone() {
        assertThat(SCHEDULE.pastDeadline(FROM_DECEMBER, Instant.parse("2028-05-01T00:00:00Z")))
                .containsExactly(ReportPeriod.parse("2027-Q2"), ReportPeriod.parse("2027-Q3"), ReportPeriod.parse("2027-Q4"),
                        ReportPeriod.parse("2028-Q1"), ReportPeriod.parse("2027"));
    }

    @Test
    void monthlyReportsAreOwedOnlyWhenConfigured() {
        assertThat(SCHEDULE.owes(ReportFrequency.MONTHLY)).isFalse();
        assertThat(SCHEDULE.owes(ReportFrequency.QUARTERLY)).isTrue();
    }
}
