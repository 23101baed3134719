package org.ecoledger.permit.violation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.OpenViolationCase;
import org.ecoledger.common.enforcement.command.RecordFlagCleared;
import org.ecoledger.common.enforcement.command.RecordFlagProgress;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.permit.emissions.EmissionFigures;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.ecoledger.permit.enforcement.KafkaInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Turns monitoring's flags ({@code violation-flags}) into cases: a raised flag opens its case (and
 * hands it any progress that came before it), a cleared flag is recorded on it. Idempotent twice
 * over: the record's event ID is consumed once, and the case's ID comes from the flag's.
 */
@Component
class FlagInbox extends KafkaInbox {

    private static final Logger log = LoggerFactory.getLogger(FlagInbox.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final EmissionFigures figures;
    private final Clock clock;

    FlagInbox(InboxSupport support, CommandGateway commands, EventStore events, EmissionFigures figures, Clock clock,
              @Value("${ecoledger.enforcement.inbox-group-prefix:permit-service}") String groupPrefix) {
        super(Topics.VIOLATION_FLAGS, groupPrefix + "-violation-flags", support);
        this.commands = commands;
        this.events = events;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    protected void apply(Object event) {
        if (event instanceof ViolationFlagRaised raised) {
            open(raised);
        } else if (event instanceof ViolationFlagCleared cleared) {
            clear(cleared);
        }
    }

    private void open(ViolationFlagRaised flag) {
        ViolationCaseId caseId = ViolationCaseId.forFlag(flag.flagId());
        figures.lockFlag(flag.flagId());
        commands.sendAndWait(new OpenViolationCase(caseId, ViolationType.of(flag.kind()), flag.flagId(), null, flag.enterpriseId(),
                flag.region(), flag.outlet(), flag.pollutant(), flag.onsetAt(), flag.observed(), flag.limit(), flag.detail(),
                EnforcementActors.MONITORING_INBOX, clock.instant()));
        figures.evidenceOf(flag.flagId()).ifPresent(evidence -> commands.sendAndWait(new RecordFlagProgress(caseId,
                evidence.durationHours(), evidence.peak(), evidence.exceeded(), EnforcementActors.MONITORING_INBOX, clock.instant())));
    }

    private void clear(ViolationFlagCleared flag) {
        ViolationCaseId caseId = ViolationCaseId.forFlag(flag.flagId());
        if (events.lastSequenceNumberFor(caseId.value()).isEmpty()) {
            // The raise precedes the clearing on the same partition, so this is a flag from before cases existed.
            log.warn("Flag {} cleared without a case; nothing to record", flag.flagId());
            return;
        }
        commands.sendAndWait(new RecordFlagCleared(caseId, flag.clearedAt(), flag.detail(), EnforcementActors.MONITORING_INBOX,
                clock.instant()));
    }
}
