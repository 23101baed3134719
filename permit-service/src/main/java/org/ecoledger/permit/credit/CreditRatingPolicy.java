package org.ecoledger.permit.credit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.AssignCreditLevel;
import org.ecoledger.common.enforcement.event.RectificationOverdue;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.enforcement.event.ViolationDismissed;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Re-rates an enterprise's credit for a year whenever a decision about it changes what counts: a
 * confirmation, a dismissal superseding one, an escalation. It remembers each decided case's weight
 * in {@code credit_violation} and sends the level the rule gives to the enterprise, which ignores a
 * level it has already. Its own processor, never replayed: a replay would send the commands again.
 * A case of an enterprise not registered here has no credit to rate.
 */
@Component
@ProcessingGroup(CreditRatingPolicy.PROCESSING_GROUP)
@DisallowReplay
class CreditRatingPolicy {

    static final String PROCESSING_GROUP = "credit-rating";
    private static final Logger log = LoggerFactory.getLogger(CreditRatingPolicy.class);

    private final JdbcClient jdbc;
    private final CreditRatingRule rule;
    private final CommandGateway commands;
    private final EventStore events;

    CreditRatingPolicy(JdbcClient jdbc, CreditRatingRule rule, CommandGateway commands, EventStore events) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(ViolationConfirmed e) {
        int year = e.at().atOffset(Validity.CHINA).getYear();
        jdbc.sql("""
                        INSERT INTO credit_violation (case_id, enterprise_id, year, type, severity, confirmed) VALUES (?, ?, ?, ?, ?, TRUE)
                        ON CONFLICT (case_id) DO UPDATE SET year = EXCLUDED.year, severity = EXCLUDED.severity, confirmed = TRUE""")
                .params(uuid(e.caseId()), e.enterpriseId().value(), year, e.type().name(), e.severity().name())
                .update();
        rerate(e.enterpriseId(), year, e.at());
    }

    @EventHandler
    void on(ViolationDismissed e) {
        List<Integer> years = jdbc.sql("UPDATE credit_violation SET confirmed = FALSE WHERE case_id = ? AND confirmed RETURNING year")
                .param(uuid(e.caseId()))
                .query(Integer.class)
                .list();
        years.forEach(year -> rerate(e.enterpriseId(), year, e.at()));
    }

    @EventHandler
    void on(RectificationOverdue e) {
        List<Integer> years = jdbc.sql("UPDATE credit_violation SET severity = ? WHERE case_id = ? AND confirmed RETURNING year")
                .params(e.severity().name(), uuid(e.caseId()))
                .query(Integer.class)
                .list();
        years.forEach(year -> rerate(e.enterpriseId(), year, e.at()));
    }

    private void rerate(EnterpriseId enterprise, int year, Instant at) {
        if (events.lastSequenceNumberFor(enterprise.value()).isEmpty()) {
            log.info("Enterprise {} is not registered here; no credit level to rate", enterprise);
            return;
        }
        List<CreditRatingRule.Weighed> confirmed = jdbc.sql("""
                        SELECT type, severity FROM credit_violation WHERE enterprise_id = ? AND year = ? AND confirmed ORDER BY case_id""")
                .params(enterprise.value(), year)
                .query((rs, row) -> new CreditRatingRule.Weighed(ViolationType.valueOf(rs.getString("type")),
                        Severity.valueOf(rs.getString("severity"))))
                .list();
        CreditRatingRule.Rating rating = rule.rate(confirmed);
        commands.sendAndWait(new AssignCreditLevel(enterprise, year, rating.level(), rating.points(), rating.basis(),
                EnforcementActors.CREDIT_RATING, at));
    }

    private static UUID uuid(ViolationCaseId caseId) {
        return UUID.fromString(caseId.value());
    }
}
