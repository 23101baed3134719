package org.ecoledger.permit.violation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.command.AccrueDailyPenalties;
import org.ecoledger.common.enforcement.command.EscalateOverdueRectification;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The daily work of decided cases: accrue daily continuing penalties, escalate rectifications whose
 * deadline passed. The work lists come from the case tables, so a sweep missed while the service
 * was down is made up by the next; each case decides for itself, so asking twice changes nothing.
 */
@Component
public class CaseSweeps {

    private static final Logger log = LoggerFactory.getLogger(CaseSweeps.class);
    private static final int BATCH = 500;

    private final CaseQueries cases;
    private final CommandGateway commands;
    private final Clock clock;

    CaseSweeps(CaseQueries cases, CommandGateway commands, Clock clock) {
        this.cases = cases;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ecoledger.enforcement.sweep-interval}", initialDelayString = "PT7S")
    public void sweep() {
        accrueDailyPenalties();
        escalateOverdueRectifications();
    }

    /** Returns how many cases were asked. */
    public int accrueDailyPenalties() {
        Instant now = clock.instant();
        return send(cases.accruingBefore(today(now), BATCH), id -> new AccrueDailyPenalties(id, EnforcementActors.ENFORCEMENT_SCHEDULER, now));
    }

    public int escalateOverdueRectifications() {
        Instant now = clock.instant();
        return send(cases.rectificationOverdueBy(today(now), BATCH),
                id -> new EscalateOverdueRectification(id, EnforcementActors.ENFORCEMENT_SCHEDULER, now));
    }

    private int send(List<ViolationCaseId> due, Function<ViolationCaseId, Object> command) {
        int sent = 0;
        for (ViolationCaseId id : due) {
            try {
                commands.sendAndWait(command.apply(id));
                sent++;
            } catch (RuntimeException e) {
                // One case failing must not hold up the others; it stays due and is retried next sweep.
                log.warn("Could not sweep violation case {}: {}", id, e.getMessage());
            }
        }
        return sent;
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(Validity.CHINA).toLocalDate();
    }
}
