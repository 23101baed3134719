package org.ecoledger.permit.emissions;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.command.RecordFlagProgress;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.MonthlyEmissionTallied;
import org.ecoledger.common.monitoring.event.ViolationFlagContinued;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.ecoledger.permit.enforcement.KafkaInbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Reads {@code emission-accounts}: keeps the newest monthly totals and flag evidence, and tells an
 * open case how its violation goes on. A flag's progress can arrive before the flag itself (the two
 * come on different topics); it is then kept here and handed to the case when the case opens.
 */
@Component
class EmissionAccountsInbox extends KafkaInbox {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final EmissionFigures figures;
    private final CommandGateway commands;
    private final EventStore events;
    private final Clock clock;

    EmissionAccountsInbox(InboxSupport support, JsonColumns json, EmissionFigures figures, CommandGateway commands, EventStore events, Clock clock,
                          @Value("${ecoledger.enforcement.inbox-group-prefix:permit-service}") String groupPrefix) {
        super(Topics.EMISSION_ACCOUNTS, groupPrefix + "-emission-accounts", support);
        this.jdbc = support.jdbc();
        this.json = json;
        this.figures = figures;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void apply(Object event) {
        if (event instanceof MonthlyEmissionTallied tallied) {
            record(tallied);
        } else if (event instanceof ViolationFlagContinued continued) {
            record(continued);
        }
    }

    private void record(MonthlyEmissionTallied e) {
        jdbc.sql("""
                        INSERT INTO emission_month (enterprise_id, year, month, pollutant, emitted_grams, substituted_grams, allowance_grams, as_of)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, year, month, pollutant) DO UPDATE SET emitted_grams = EXCLUDED.emitted_grams,
                            substituted_grams = EXCLUDED.substituted_grams, allowance_grams = EXCLUDED.allowance_grams, as_of = EXCLUDED.as_of
                        WHERE emission_month.as_of <= EXCLUDED.as_of""")
                .params(e.enterpriseId().value(), e.year(), e.month(), e.pollutant().name(), e.emitted().grams(), e.substituted().grams(),
                        e.allowance() == null ? null : e.allowance().grams(), JsonColumns.timestamp(e.asOf()))
                .update();
    }

    private void record(ViolationFlagContinued e) {
        figures.lockFlag(e.flagId());
        int newer = jdbc.sql("""
                        INSERT INTO flag_evidence (flag_id, enterprise_id, duration_hours, peak, exceeded_grams, hours, as_of)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (flag_id) DO UPDATE SET duration_hours = EXCLUDED.duration_hours, peak = EXCLUDED.peak,
                            exceeded_grams = EXCLUDED.exceeded_grams, hours = EXCLUDED.hours, as_of = EXCLUDED.as_of
                        WHERE flag_evidence.as_of <= EXCLUDED.as_of""")
                .params(e.flagId(), e.enterpriseId().value(), e.durationHours(), e.peak(), e.exceeded() == null ? null : e.exceeded().grams(),
                        json.write(e.evidence()), JsonColumns.timestamp(e.asOf()))
                .update();
        ViolationCaseId caseId = ViolationCaseId.forFlag(e.flagId());
        if (newer > 0 && events.lastSequenceNumberFor(caseId.value()).isPresent()) {
            commands.sendAndWait(new RecordFlagProgress(caseId, e.durationHours(), e.peak(), e.exceeded(),
                    EnforcementActors.MONITORING_INBOX, clock.instant()));
        }
    }
}
