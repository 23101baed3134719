package org.ecoledger.permit.expiry;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.command.ExpirePermit;
import org.ecoledger.common.value.Actor;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Expires permits whose validity has ended. The work list is the register's {@code expires_at},
 * which lives in the database, so a deadline survives restarts and a sweep missed while the
 * service was down is made up by the next one. The permit itself decides: it refuses to expire
 * before its time.
 */
@Component
public class PermitExpiryScheduler {

    private static final Logger log = LoggerFactory.getLogger(PermitExpiryScheduler.class);
    private static final int BATCH = 500;
    static final Actor SCHEDULER = Actor.system("permit-expiry-scheduler");

    private final PermitRegisterQueries register;
    private final CommandGateway commands;
    private final Clock clock;

    PermitExpiryScheduler(PermitRegisterQueries register, CommandGateway commands, Clock clock) {
        this.register = register;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ecoledger.permit.expiry-sweep-interval}", initialDelayString = "PT5S")
    public int sweep() {
        Instant now = clock.instant();
        List<PermitId> due = register.dueForExpiry(now, BATCH);
        int expired = 0;
        for (PermitId permitId : due) {
            try {
                commands.sendAndWait(new ExpirePermit(permitId, SCHEDULER, now));
                expired++;
            } catch (RuntimeException e) {
                // One permit failing must not hold up the others; it stays due and is retried next sweep.
                log.warn("Could not expire permit {}: {}", permitId, e.getMessage());
            }
        }
        if (expired > 0) {
            log.info("Expired {} permit(s) whose validity ended by {}", expired, now);
        }
        return expired;
    }
}
