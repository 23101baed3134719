package org.ecoledger.permit.quota;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.command.RecordQuotaRetirement;
import org.ecoledger.common.permit.command.RecordQuotaShortfall;
import org.ecoledger.common.trading.event.QuotaCommitmentFellShort;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.value.Actor;
import org.ecoledger.permit.enforcement.KafkaInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The permit's side of the saga for new and expanded projects: reads trading-service's answers to
 * {@code PermitQuotaRequested} from {@code trading-events} and hands each to its permit, which
 * issues or amends on a retirement and records a shortfall for the reviewer. Every other movement
 * of rights on the topic is passed over. Idempotent through the inbox (the event's ID commits with
 * the command's events), and the permit ignores an answer for a version it no longer waits for.
 */
@Component
class TradingAnswerInbox extends KafkaInbox {

    /** Who records trading-service's answers on the permit, in its audit trail. */
    static final Actor SAGA = Actor.system("permit-quota-saga");
    private static final Logger log = LoggerFactory.getLogger(TradingAnswerInbox.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final MeterRegistry meters;

    TradingAnswerInbox(InboxSupport support, CommandGateway commands, EventStore events,
                       @Value("${ecoledger.permit.quota-answers-group:permit-service-quota-answers}") String groupId) {
        super(Topics.TRADING_EVENTS, groupId, support);
        this.commands = commands;
        this.events = events;
        this.meters = support.meters();
    }

    @Override
    protected void apply(Object event) {
        if (event instanceof QuotaRetiredForPermit retired && isKnown(retired.permitId())) {
            commands.sendAndWait(new RecordQuotaRetirement(retired.permitId(), retired.permitVersion(), retired.area(), retired.retired(),
                    SAGA, retired.at()));
            count("retired");
        } else if (event instanceof QuotaCommitmentFellShort shortfall && isKnown(shortfall.permitId())) {
            commands.sendAndWait(new RecordQuotaShortfall(shortfall.permitId(), shortfall.permitVersion(), shortfall.area(),
                    shortfall.shortfall(), SAGA, shortfall.at()));
            count("fell-short");
        }
    }

    /**
     * An answer about a permit this service never opened (another bureau's system on the same
     * broker, say) can never be applied; retrying it would block the partition for good.
     */
    private boolean isKnown(PermitId permitId) {
        if (events.lastSequenceNumberFor(permitId.value()).isPresent()) {
            return true;
        }
        log.warn("Passing over trading-service's answer for permit {}, which this service does not know", permitId);
        count("unknown-permit");
        return false;
    }

    private void count(String outcome) {
        meters.counter("ecoledger.permit.quota.answers", "outcome", outcome).increment();
    }
}
