package org.ecoledger.permit.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.enforcement.ReportedEmission;
import org.ecoledger.common.enforcement.command.SubmitExecutionReport;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.PermitSummary;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.permit.emissions.EmissionFigures;
import org.ecoledger.permit.emissions.MonthlyEmission;
import org.ecoledger.permit.enforcement.EnforcementDispatcher;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Execution reports of key-class permits. The platform stamps what the enterprise cannot: when the
 * report is due and what monitoring counted for the period (all the enterprise's outlets).
 */
@RestController
@RequestMapping("/api/permits/{permitId}/execution-reports")
@Tag(name = "Execution reports")
@SecurityRequirement(name = "bearer")
class ReportController {

    private static final Set<PermitStatus> IN_FORCE = Set.of(PermitStatus.ISSUED, PermitStatus.SUSPENDED);

    private final EnforcementDispatcher dispatcher;
    private final PermitRegisterQueries register;
    private final ReportQueries reports;
    private final ReportSchedule schedule;
    private final EmissionFigures figures;
    private final Clock clock;

    ReportController(EnforcementDispatcher dispatcher, PermitRegisterQueries register, ReportQueries reports, ReportSchedule schedule,
                     EmissionFigures figures, Clock clock) {
        this.dispatcher = dispatcher;
        this.register = register;
        this.reports = reports;
        this.schedule = schedule;
        this.figures = figures;
        this.clock = clock;
    }

    record Emission(@Schema(example = "SO2") @NotBlank String pollutant, @Schema(example = "10.5") @NotNull BigDecimal tonnes) {
        ReportedEmission toEmission() {
            return new ReportedEmission(Pollutant.of(pollutant), Mass.ofTonnes(tonnes));
        }
    }

    record Report(@Schema(example = "2026-Q4") @NotBlank String period, @NotEmpty List<@NotNull @Valid Emission> emissions) {
    }

    record Submitted(String reportId, String period, List<ReportLine> lines, long discrepancies) {
    }

    @Operation(summary = "Submit (or correct) the execution report of a period; large differences from monitoring are marked")
    @PostMapping
    ResponseEntity<Submitted> submit(@PathVariable String permitId, @Valid @RequestBody Report body, @AuthenticationPrincipal Actor actor) {
        PermitSummary permit = permit(permitId, actor);
        if (permit.managementClass() != ManagementClass.KEY || !IN_FORCE.contains(permit.status())) {
            throw new IllegalArgumentException("execution reports are made on key-class permits in force; this one is "
                    + permit.managementClass() + ", " + permit.status());
        }
        ReportPeriod period = ReportPeriod.parse(body.period());
        if (!schedule.owes(period.frequency())) {
            throw new IllegalArgumentException(period.frequency() + " reports are not part of the reporting schedule");
        }
        Instant now = clock.instant();
        ExecutionReportId reportId = ExecutionReportId.of(permit.permitNumber(), period);
        List<ReportLine> lines = dispatcher.send(new SubmitExecutionReport(reportId, permit.permitId(), permit.enterpriseId(),
                permit.region(), period, body.emissions().stream().map(Emission::toEmission).toList(), monitored(permit, period),
                schedule.deadlineOf(period), actor, now));
        return ResponseEntity.created(URI.create("/api/permits/" + permit.permitId() + "/execution-reports"))
                .body(new Submitted(reportId.value(), period.label(), lines, lines.stream().filter(ReportLine::discrepant).count()));
    }

    @Operation(summary = "A permit's execution reports: submitted, late, overdue, with their differences from monitoring")
    @GetMapping
    List<ReportQueries.ReportSummary> reports(@PathVariable String permitId, @AuthenticationPrincipal Actor actor) {
        return reports.reportsOf(permit(permitId, actor).permitId());
    }

    private PermitSummary permit(String permitId, Actor actor) {
        PermitSummary permit = register.handle(new FindPermit(PermitId.of(permitId)))
                .orElseThrow(() -> new NotFound("no permit " + permitId))
                .summary();
        Guards.requireAccess(actor, permit.enterpriseId(), permit.region());
        return permit;
    }

    private List<ReportedEmission> monitored(PermitSummary permit, ReportPeriod period) {
        Map<Pollutant, Mass> totals = new EnumMap<>(Pollutant.class);
        for (MonthlyEmission month : figures.months(permit.enterpriseId(), period.firstMonth(), period.lastMonth())) {
            totals.merge(month.pollutant(), month.emitted(), Mass::plus);
        }
        return totals.entrySet().stream().map(e -> new ReportedEmission(e.getKey(), e.getValue())).toList();
    }
}
