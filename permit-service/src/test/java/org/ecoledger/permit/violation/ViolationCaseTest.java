package org.ecoledger.permit.violation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.enforcement.CaseAction;
import org.ecoledger.common.enforcement.CaseRefusalReason;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.AccrueDailyPenalties;
import org.ecoledger.common.enforcement.command.AssignCase;
import org.ecoledger.common.enforcement.command.ConfirmViolation;
import org.ecoledger.common.enforcement.command.DismissViolation;
import org.ecoledger.common.enforcement.command.EscalateOverdueRectification;
import org.ecoledger.common.enforcement.command.OpenViolationCase;
import org.ecoledger.common.enforcement.command.RecordFlagCleared;
import org.ecoledger.common.enforcement.command.RecordFlagProgress;
import org.ecoledger.common.enforcement.command.ReportViolationEnded;
import org.ecoledger.common.enforcement.command.SubmitCaseStatement;
import org.ecoledger.common.enforcement.event.CaseAssigned;
import org.ecoledger.common.enforcement.event.CaseFlagCleared;
import org.ecoledger.common.enforcement.event.CaseRequestRefused;
import org.ecoledger.common.enforcement.event.CaseStatementSubmitted;
import org.ecoledger.common.enforcement.event.DailyPenaltyAccrued;
import org.ecoledger.common.enforcement.event.RectificationOverdue;
import org.ecoledger.common.enforcement.event.ViolationCaseOpened;
import org.ecoledger.common.enforcement.event.ViolationCaseProgressed;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.enforcement.event.ViolationDismissed;
import org.ecoledger.common.enforcement.event.ViolationEndReported;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.permit.enforcement.EnforcementOutcome;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.permit.support.EnforcementFixture.*;
import static org.ecoledger.permit.support.PermitFixture.*;

class ViolationCaseTest {

    private AggregateTestFixture<ViolationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ViolationCase.class);
    }

    private static DailyPenaltyAccrued accrued(String day, long days, Instant at) {
        return new DailyPenaltyAccrued(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, 1, LocalDate.parse(day), PER_DAY,
                Money.ofFen(PER_DAY.fen() * days), SCHEDULER, at);
    }

    private static CaseRequestRefused refused(CaseAction action, CaseRefusalReason reason, String detail,
                                              Actor by, Instant at) {
        return new CaseRequestRefused(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, action, reason, detail, by, at);
    }

    @Test
    void aFlagOpensOneCaseWithASeverityFromTheFlagsSize() {
        fixture.givenNoPriorActivity()
                .when(openFromFlag())
                .expectEvents(opened());
    }

    @Test
    void theSameFlagDeliveredTwiceOpensNothingMore() {
        fixture.given(opened())
                .when(openFromFlag())
                .expectNoEvents();
    }

    @Test
    void onlyThePlatformOpensCases() {
        OpenViolationCase c = openFromFlag();
        fixture.givenNoPriorActivity()
                .when(new OpenViolationCase(c.caseId(), c.type(), c.flagId(), null, c.enterpriseId(), c.region(), c.outlet(), c.pollutant(),
                        c.onsetAt(), c.observed(), c.limit(), c.detail(), CHENGDU_INSPECTOR, c.at()))
                .expectException(NotPermitted.class);
    }

    @Test
    void aFlagThatContinuesUpdatesItsCaseAndItsSeverityGrowsWithIt() {
        Instant later = OPENED_AT.plusSeconds(3600);
        fixture.given(opened())
                .when(new RecordFlagProgress(CASE, 30, new BigDecimal("61"), Mass.ofGrams(42_000), MONITORING, later))
                .expectEvents(new ViolationCaseProgressed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, 30, new BigDecimal("61"),
                        Mass.ofGrams(42_000), Severity.SERIOUS, MONITORING, later));
    }

    @Test
    void progressThatChangesNothingRecordsNothing() {
        Instant later = OPENED_AT.plusSeconds(3600);
        fixture.given(opened(), new ViolationCaseProgressed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, 30, new BigDecimal("52.0"),
                        Mass.ofGrams(42_000), Severity.MODERATE, MONITORING, later))
                .when(new RecordFlagProgress(CASE, 30, new BigDecimal("52"), Mass.ofGrams(42_000), MONITORING, later.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void aClearedFlagIsRecordedOnTheCaseOnce() {
        Instant cleared = OPENED_AT.plusSeconds(7200);
        CaseFlagCleared flagCleared = new CaseFlagCleared(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, cleared, "within the limit", MONITORING,
                cleared);
        fixture.given(opened())
                .when(new RecordFlagCleared(CASE, cleared, "within the limit", MONITORING, cleared))
                .expectEvents(flagCleared);
        fixture.given(opened(), flagCleared)
                .when(new RecordFlagCleared(CASE, cleared, "within the limit", MONITORING, cleared))
                .expectNoEvents();
    }

    @Test
    void anInspectorOfTheRegionTakesTheCase() {
        fixture.given(opened())
                .when(new AssignCase(CASE, "inspector-chengdu", CHENGDU_INSPECTOR, DECIDED_AT))
                .expectEvents(new CaseAssigned(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, "inspector-chengdu", CHENGDU_INSPECTOR, DECIDED_AT));
    }

    @Test
    void anInspectorOutsideTheRegionCannotTakeOrDecideTheCase() {
        fixture.given(opened())
                .when(new AssignCase(CASE, "inspector-mianyang", MIANYANG_INSPECTOR, DECIDED_AT))
                .expectException(NotPermitted.class);
        fixture.given(opened())
                .when(new ConfirmViolation(CASE, dailyPenaltyAndRectification(), "seen", null, MIANYANG_INSPECTOR, DECIDED_AT))
                .expectException(NotPermitted.class);
    }

    @Test
    void reviewersAndEnterprisesDoNotDecideCases() {
        fixture.given(opened())
                .when(new DismissViolation(CASE, "not us", null, CHENGDU_POWER_USER, DECIDED_AT))
                .expectException(NotPermitted.class);
        fixture.given(opened())
                .when(new DismissViolation(CASE, "looks fine", null, CHENGDU_REVIEWER, DECIDED_AT))
                .expectException(NotPermitted.class);
    }

    @Test
    void theEnterpriseStatesItsSideBeforeTheDecision() {
        fixture.given(opened())
                .when(new SubmitCaseStatement(CASE, "The analyser was being calibrated.", List.of("calibration-log-2026-12-03.pdf"),
                        CHENGDU_POWER_USER, DECIDED_AT))
                .expectEvents(new CaseStatementSubmitted(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, "The analyser was being calibrated.",
                        List.of("calibration-log-2026-12-03.pdf"), CHENGDU_POWER_USER, DECIDED_AT));
    }

    @Test
    void anEnterpriseCannotStateAnythingOnAnotherEnterprisesCase() {
        fixture.given(opened())
                .when(new SubmitCaseStatement(CASE, "Not our outlet.", List.of(), MIANYANG_PAPER_USER, DECIDED_AT))
                .expectException(NotPermitted.class);
    }

    @Test
    void aStatementAfterTheDecisionIsRefusedAndTheRefusalRecorded() {
        Instant late = DECIDED_AT.plusSeconds(60);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new SubmitCaseStatement(CASE, "Too late?", List.of(), CHENGDU_POWER_USER, late))
                .expectResultMessagePayload(EnforcementOutcome.refused(CaseAction.SUBMIT_STATEMENT, CaseRefusalReason.ALREADY_DECIDED,
                        "statements are taken before the decision; the case is CONFIRMED"))
                .expectEvents(refused(CaseAction.SUBMIT_STATEMENT, CaseRefusalReason.ALREADY_DECIDED,
                        "statements are taken before the decision; the case is CONFIRMED", CHENGDU_POWER_USER, late));
    }

    @Test
    void anInspectorConfirmsWithPenaltiesRecordingWhoWhenAndWhy() {
        fixture.given(opened())
                .when(new ConfirmViolation(CASE, dailyPenaltyAndRectification(), "SO2 above the limit for 30 hours", null,
                        CHENGDU_INSPECTOR, DECIDED_AT))
                .expectEvents(confirmed(dailyPenaltyAndRectification()));
    }

    @Test
    void aConfirmationWithoutAnyPenaltyIsMalformed() {
        assertThatThrownBy(() -> new Penalties(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Penalties(Money.ofFen(0), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRectificationDeadlineNotAfterTheDecisionDayIsMalformed() {
        fixture.given(opened())
                .when(new ConfirmViolation(CASE, new Penalties(null, null, LocalDate.parse("2026-12-05"), null), "rectify", null,
                        CHENGDU_INSPECTOR, DECIDED_AT))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aDecidedCaseIsNotDecidedAgainUnlessTheNewDecisionNamesTheOneItSupersedes() {
        Instant later = DECIDED_AT.plusSeconds(600);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new DismissViolation(CASE, "on second thoughts", null, CHENGDU_INSPECTOR, later))
                .expectEvents(refused(CaseAction.DISMISS, CaseRefusalReason.ALREADY_DECIDED,
                        "decision 1 stands; a new decision names the one it supersedes", CHENGDU_INSPECTOR, later));
    }

    @Test
    void aNewDecisionSupersedesTheCurrentOneAndNeitherIsEdited() {
        Instant later = DECIDED_AT.plusSeconds(600);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new DismissViolation(CASE, "the calibration log explains the values", 1, CHENGDU_INSPECTOR, later))
                .expectEvents(new ViolationDismissed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, ViolationType.CONCENTRATION_EXCEEDED, 2, 1,
                        "the calibration log explains the values", CHENGDU_INSPECTOR, later));
    }

    @Test
    void supersedingADecisionThatIsNotTheCurrentOneIsRefused() {
        Instant later = DECIDED_AT.plusSeconds(600);
        fixture.given(opened())
                .when(new DismissViolation(CASE, "nothing to supersede", 1, CHENGDU_INSPECTOR, later))
                .expectEvents(refused(CaseAction.DISMISS, CaseRefusalReason.NOT_THE_CURRENT_DECISION,
                        "the case has no decision to supersede", CHENGDU_INSPECTOR, later));
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()),
                        new ViolationDismissed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, ViolationType.CONCENTRATION_EXCEEDED, 2, 1, "x",
                                CHENGDU_INSPECTOR, later))
                .when(new ConfirmViolation(CASE, dailyPenaltyAndRectification(), "again", 1, CHENGDU_INSPECTOR, later))
                .expectEvents(refused(CaseAction.CONFIRM, CaseRefusalReason.NOT_THE_CURRENT_DECISION,
                        "the current decision is 2, not 1", CHENGDU_INSPECTOR, later));
    }

    @Test
    void anotherInspectorCannotDecideACaseSomeoneHolds() {
        fixture.given(opened(), new CaseAssigned(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, "inspector-chengdu", CHENGDU_INSPECTOR, OPENED_AT))
                .when(new ConfirmViolation(CASE, dailyPenaltyAndRectification(), "mine", null, CHENGDU_INSPECTOR_2, DECIDED_AT))
                .expectEvents(refused(CaseAction.CONFIRM, CaseRefusalReason.ASSIGNED_TO_ANOTHER_INSPECTOR,
                        "the case is assigned to inspector-chengdu", CHENGDU_INSPECTOR_2, DECIDED_AT));
    }

    @Test
    void theDailyPenaltyAccruesForEachPassedDayFromTheDayAfterTheDecision() {
        Instant on8th = earlyOn("2026-12-08");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new AccrueDailyPenalties(CASE, SCHEDULER, on8th))
                .expectEvents(accrued("2026-12-06", 1, on8th), accrued("2026-12-07", 2, on8th));
    }

    @Test
    void accruingAgainAccruesEachDayOnlyOnce() {
        Instant on8th = earlyOn("2026-12-08");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()), accrued("2026-12-06", 1, on8th), accrued("2026-12-07", 2, on8th))
                .when(new AccrueDailyPenalties(CASE, SCHEDULER, on8th.plusSeconds(3600)))
                .expectNoEvents();
    }

    @Test
    void theDailyPenaltyStopsTheDayTheEnterpriseShowsTheViolationEnded() {
        Instant on7th = earlyOn("2026-12-07");
        ViolationEndReported ended = new ViolationEndReported(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, LocalDate.parse("2026-12-07"), true,
                "Desulphurisation unit repaired.", List.of("repair-report.pdf"), CHENGDU_POWER_USER, on7th);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new ReportViolationEnded(CASE, "Desulphurisation unit repaired.", List.of("repair-report.pdf"), CHENGDU_POWER_USER,
                        on7th))
                .expectEvents(ended);
        Instant on12th = earlyOn("2026-12-12");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()), ended)
                .when(new AccrueDailyPenalties(CASE, SCHEDULER, on12th))
                .expectEvents(accrued("2026-12-06", 1, on12th));
    }

    @Test
    void showingAnEndWhenNothingContinuesIsRefused() {
        fixture.given(opened(), confirmed(new Penalties(FINE, null, null, null)))
                .when(new ReportViolationEnded(CASE, "done", List.of(), CHENGDU_POWER_USER, DECIDED_AT))
                .expectEvents(refused(CaseAction.REPORT_VIOLATION_ENDED, CaseRefusalReason.NOTHING_CONTINUES,
                        "no daily penalty or rectification order is in force on this case", CHENGDU_POWER_USER, DECIDED_AT));
    }

    @Test
    void aDismissalEndsTheDailyPenalty() {
        Instant on8th = earlyOn("2026-12-08");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()),
                        new ViolationDismissed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, ViolationType.CONCENTRATION_EXCEEDED, 2, 1, "wrong",
                                CHENGDU_INSPECTOR, DECIDED_AT.plusSeconds(60)))
                .when(new AccrueDailyPenalties(CASE, SCHEDULER, on8th))
                .expectNoEvents();
    }

    @Test
    void anOverdueRectificationEscalatesTheCaseOnce() {
        Instant on21st = earlyOn("2026-12-21");
        RectificationOverdue overdue = new RectificationOverdue(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, RECTIFY_BY, Severity.SERIOUS,
                SCHEDULER, on21st);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new EscalateOverdueRectification(CASE, SCHEDULER, on21st))
                .expectEvents(overdue);
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()), overdue)
                .when(new EscalateOverdueRectification(CASE, SCHEDULER, on21st.plusSeconds(86_400)))
                .expectNoEvents();
    }

    @Test
    void escalatingOnOrBeforeTheDeadlineIsRefused() {
        Instant on20th = earlyOn("2026-12-20");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()))
                .when(new EscalateOverdueRectification(CASE, SCHEDULER, on20th))
                .expectEvents(refused(CaseAction.ESCALATE_OVERDUE_RECTIFICATION, CaseRefusalReason.RECTIFICATION_NOT_OVERDUE,
                        "the rectification is due by 2026-12-20", SCHEDULER, on20th));
    }

    @Test
    void aRectificationShownInTimeIsNeverEscalated() {
        Instant on10th = earlyOn("2026-12-10");
        fixture.given(opened(), confirmed(dailyPenaltyAndRectification()),
                        new ViolationEndReported(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, LocalDate.parse("2026-12-10"), true, "done",
                                List.of(), CHENGDU_POWER_USER, on10th))
                .when(new EscalateOverdueRectification(CASE, SCHEDULER, earlyOn("2026-12-21")))
                .expectNoEvents();
    }
}
