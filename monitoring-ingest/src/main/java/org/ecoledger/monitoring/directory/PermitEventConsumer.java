package org.ecoledger.monitoring.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;
import org.ecoledger.monitoring.platform.MonitoringTopics;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.ecoledger.support.kafka.ConsumerLoop;
import org.ecoledger.support.kafka.PublishedTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the permit directory from {@code permit-events}. Idempotent: each event's ID is recorded
 * in the same transaction as its effect, and offsets are committed only after that transaction,
 * so a redelivery after a crash changes nothing.
 */
@Component
class PermitEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PermitEventConsumer.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final MonitoringTopics topics;
    private final ConsumerLoop loop;

    PermitEventConsumer(JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json, MonitoringProperties properties,
                        MonitoringTopics topics) {
        this.topics = topics;
        this.jdbc = jdbc;
        this.json = json;
        // A failure (the database away) is retried, so an outage delays the directory and never loses a permit.
        this.loop = ConsumerLoop.builder("permit-directory-consumer", properties.kafka().bootstrapServers(),
                        "monitoring-ingest-permit-directory", List.of(Topics.PERMIT_EVENTS.name()))
                .build(record -> transactions.executeWithoutResult(status -> consume(record)));
    }

    @Override
    public void start() {
        topics.ensureCreated();
        loop.start();
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        String eventId = PublishedTypes.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
        var type = Topics.PERMIT_EVENTS.eventTypeOf(PublishedTypes.header(record.headers(), EventHeaders.EVENT_TYPE).orElse(null));
        if (eventId == null || type.isEmpty()) {
            log.warn("Skipping a permit-events record without a known type or ID at offset {}", record.offset());
            return;
        }
        boolean firstDelivery = jdbc.sql("INSERT INTO consumed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING").param(eventId).update() == 1;
        if (firstDelivery) {
            apply(read(record.value(), type.get()));
        }
    }

    private void apply(Object event) {
        if (event instanceof PermitIssued e) {
            upsert(e, PermitStatus.ISSUED, e.validity(), e.terms());
        } else if (event instanceof PermitAmended e) {
            updateTerms(e, e.terms());
        } else if (event instanceof PermitRenewed e) {
            updateValidity(e, e.validity());
        } else if (event instanceof PermitSuspended e) {
            updateStatus(e, PermitStatus.SUSPENDED);
        } else if (event instanceof PermitReinstated e) {
            updateStatus(e, PermitStatus.ISSUED);
        } else if (event instanceof PermitRevoked e) {
            updateStatus(e, PermitStatus.REVOKED);
        } else if (event instanceof PermitCancelled e) {
            updateStatus(e, PermitStatus.CANCELLED);
        } else if (event instanceof PermitExpired e) {
            updateStatus(e, PermitStatus.EXPIRED);
        } else if (event instanceof VoluntaryCommitmentRecorded e) {
            touch(e);
        }
    }

    private void upsert(PermitIntegrationEvent e, PermitStatus status, Validity validity, PermitTerms terms) {
        jdbc.sql("""
                        INSERT INTO permit_directory (permit_id, enterprise_id, region, status, valid_from, valid_until, terms, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (permit_id) DO UPDATE SET status = EXCLUDED.status, valid_from = EXCLUDED.valid_from,
                            valid_until = EXCLUDED.valid_until, terms = EXCLUDED.terms, updated_at = EXCLUDED.updated_at""")
                .params(UUID.fromString(e.permitId().value()), e.enterpriseId().value(), e.region().value(), status.name(), validity.from(),
                        validity.until(), write(terms), Timestamp.from(e.at()))
                .update();
    }

    private void updateTerms(PermitIntegrationEvent e, PermitTerms terms) {
        jdbc.sql("UPDATE permit_directory SET terms = ?::jsonb, updated_at = ? WHERE permit_id = ?")
                .params(write(terms), Timestamp.from(e.at()), uuid(e))
                .update();
    }

    private void updateValidity(PermitIntegrationEvent e, Validity validity) {
        jdbc.sql("UPDATE permit_directory SET valid_from = ?, valid_until = ?, updated_at = ? WHERE permit_id = ?")
                .params(validity.from(), validity.until(), Timestamp.from(e.at()), uuid(e))
                .update();
    }

    private void updateStatus(PermitIntegrationEvent e, PermitStatus status) {
        jdbc.sql("UPDATE permit_directory SET status = ?, updated_at = ? WHERE permit_id = ?")
                .params(status.name(), Timestamp.from(e.at()), uuid(e))
                .update();
    }

    private void touch(PermitIntegrationEvent e) {
        jdbc.sql("UPDATE permit_directory SET updated_at = ? WHERE permit_id = ?").params(Timestamp.from(e.at()), uuid(e)).update();
    }

    private Object read(byte[] value, Class<?> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " on " + Topics.PERMIT_EVENTS.name(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(PermitIntegrationEvent e) {
        return UUID.fromString(e.permitId().value());
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
