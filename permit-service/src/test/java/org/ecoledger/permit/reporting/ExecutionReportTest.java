package org.ecoledger.permit.reporting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.enforcement.ReportedEmission;
import org.ecoledger.common.enforcement.command.MarkReportOverdue;
import org.ecoledger.common.enforcement.command.SubmitExecutionReport;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.ecoledger.common.enforcement.event.ExecutionReportSubmitted;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.ecoledger.permit.support.PermitFixture.*;

class ExecutionReportTest {

    private static final ReportPeriod Q1 = ReportPeriod.parse("2027-Q1");
    private static final ExecutionReportId REPORT = ExecutionReportId.of(NUMBER, Q1);
    /** 15 April 2027, 00:00 in Beijing. */
    private static final Instant DEADLINE = Instant.parse("2027-04-15T16:00:00Z");
    private static final Instant IN_TIME = Instant.parse("2027-04-10T02:00:00Z");
    private static final Actor SCHEDULER = Actor.system("enforcement-scheduler");
    private static final List<ReportedEmission> MONITORED = List.of(
            new ReportedEmission(Pollutant.SO2, Mass.ofTonnes("20")), new ReportedEmission(Pollutant.NOX, Mass.ofTonnes("30")));

    private AggregateTestFixture<ExecutionReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExecutionReport.class);
        fixture.registerInjectableResource(new DiscrepancyRule(10, 100_000));
    }

    private static SubmitExecutionReport report(String so2Tonnes, String noxTonnes, Actor by, Instant at) {
        return new SubmitExecutionReport(REPORT, PERMIT, CHENGDU_POWER, JINJIANG_DISTRICT, Q1,
                List.of(new ReportedEmission(Pollutant.SO2, Mass.ofTonnes(so2Tonnes)), new ReportedEmission(Pollutant.NOX, Mass.ofTonnes(noxTonnes))),
                MONITORED, DEADLINE, by, at);
    }

    private static List<ReportLine> lines(String so2Tonnes, boolean so2Off, String noxTonnes, boolean noxOff) {
        return List.of(new ReportLine(Pollutant.SO2, Mass.ofTonnes(so2Tonnes), Mass.ofTonnes("20"), so2Off),
                new ReportLine(Pollutant.NOX, Mass.ofTonnes(noxTonnes), Mass.ofTonnes("30"), noxOff));
    }

    private static ExecutionReportSubmitted submitted(int version, List<ReportLine> lines, boolean late, Instant at) {
        return new ExecutionReportSubmitted(REPORT, PERMIT, CHENGDU_POWER, JINJIANG_DISTRICT, Q1, version, lines, late, CHENGDU_POWER_USER, at);
    }

    private static ExecutionReportOverdue overdue(Instant at) {
        return new ExecutionReportOverdue(REPORT, PERMIT, CHENGDU_POWER, JINJIANG_DISTRICT, Q1, DEADLINE, SCHEDULER, at);
    }

    private static MarkReportOverdue markOverdue(Instant at) {
        return new MarkReportOverdue(REPORT, PERMIT, CHENGDU_POWER, JINJIANG_DISTRICT, Q1, DEADLINE, SCHEDULER, at);
    }

    @Test
    void aReportIsComparedWithMonitoringAndLargeDifferencesAreMarked() {
        fixture.givenNoPriorActivity()
                .when(report("19", "24", CHENGDU_POWER_USER, IN_TIME))
                .expectResultMessagePayload(lines("19", false, "24", true))
                .expectEvents(submitted(1, lines("19", false, "24", true), false, IN_TIME));
    }

    @Test
    void aCorrectedReportIsANewVersion() {
        Instant later = IN_TIME.plusSeconds(3600);
        fixture.given(submitted(1, lines("19", false, "24", true), false, IN_TIME))
                .when(report("19", "29.5", CHENGDU_POWER_USER, later))
                .expectEvents(submitted(2, lines("19", false, "29.5", false), false, later));
    }

    @Test
    void aReportCannotBeMadeBeforeItsPeriodEnds() {
        fixture.givenNoPriorActivity()
                .when(report("19", "24", CHENGDU_POWER_USER, Instant.parse("2027-03-30T02:00:00Z")))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anEnterpriseReportsOnlyOnItsOwnPermits() {
        fixture.givenNoPriorActivity()
                .when(report("19", "24", MIANYANG_PAPER_USER, IN_TIME))
                .expectException(NotPermitted.class);
    }

    @Test
    void aReportNotInByItsDeadlineIsOverdueOnce() {
        Instant after = DEADLINE.plusSeconds(60);
        fixture.givenNoPriorActivity()
                .when(markOverdue(after))
                .expectEvents(overdue(after));
        fixture.given(overdue(after))
                .when(markOverdue(after.plusSeconds(600)))
                .expectNoEvents();
    }

    @Test
    void aSubmittedReportIsNeverOverdue() {
        fixture.given(submitted(1, lines("19", false, "24", true), false, IN_TIME))
                .when(markOverdue(DEADLINE.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void markingAReportOverdueBeforeItsDeadlineIsMalformed() {
        fixture.givenNoPriorActivity()
                .when(markOverdue(DEADLINE.minusSeconds(60)))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aReportAfterItsDeadlineIsTakenButMarkedLate() {
        Instant late = DEADLINE.plusSeconds(86_400);
        fixture.given(overdue(DEADLINE.plusSeconds(60)))
                .when(report("20", "30", CHENGDU_POWER_USER, late))
                .expectEvents(submitted(1, lines("20", false, "30", false), true, late));
    }
}
