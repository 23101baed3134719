package org.ecoledger.permit.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.enforcement.command.MarkReportOverdue;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Finds execution reports whose deadline passed without them and marks them overdue, which opens
 * their violation cases. The work list is the register's key-class permits in force and the
 * reports table, both in the database, so deadlines survive restarts and a missed sweep is made up
 * by the next; each report decides for itself, so marking twice changes nothing.
 */
@Component
public class ReportDeadlineScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportDeadlineScheduler.class);
    private static final int PAGE = 500;

    private final ReportQueries reports;
    private final ReportSchedule schedule;
    private final CommandGateway commands;
    private final Clock clock;

    ReportDeadlineScheduler(ReportQueries reports, ReportSchedule schedule, CommandGateway commands, Clock clock) {
        this.reports = reports;
        this.schedule = schedule;
        this.commands = commands;
        this.clock = clock;
    }

    /** Returns how many reports were marked overdue (or asked to be). */
    @Scheduled(fixedDelayString = "${ecoledger.enforcement.sweep-interval}", initialDelayString = "PT9S")
    public int sweep() {
        Instant now = clock.instant();
        int marked = 0;
        List<ReportQueries.ReportingPermit> page;
        int offset = 0;
        do {
            page = reports.keyClassPermitsInForce(offset, PAGE);
            for (ReportQueries.ReportingPermit permit : page) {
                marked += markOverdue(permit, now);
            }
            offset += PAGE;
        } while (page.size() == PAGE);
        if (marked > 0) {
            log.info("Marked {} execution report(s) overdue as of {}", marked, now);
        }
        return marked;
    }

    private int markOverdue(ReportQueries.ReportingPermit permit, Instant now) {
        Set<ExecutionReportId> settled = reports.settled(permit.permitId());
        int marked = 0;
        for (ReportPeriod period : schedule.pastDeadline(permit.validity(), now)) {
            ExecutionReportId reportId = ExecutionReportId.of(permit.permitNumber(), period);
            if (settled.contains(reportId)) {
                continue;
            }
            try {
                commands.sendAndWait(new MarkReportOverdue(reportId, permit.permitId(), permit.enterpriseId(), permit.region(), period,
                        schedule.deadlineOf(period), EnforcementActors.ENFORCEMENT_SCHEDULER, now));
                marked++;
            } catch (RuntimeException e) {
                log.warn("Could not mark report {} overdue: {}", reportId, e.getMessage());
            }
        }
        return marked;
    }
}
