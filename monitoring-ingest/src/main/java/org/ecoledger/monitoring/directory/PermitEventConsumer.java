package org.ecoledger.monitoring.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the permit directory from {@code permit-events}. Idempotent: each event's ID is recorded
 * in the same transaction as its effect, and offsets are committed only after that transaction,
 * so a redelivery after a crash changes nothing.
 */
@Component
class PermitEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PermitEventConsumer.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final MonitoringProperties properties;
    private final MonitoringTopics topics;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    PermitEventConsumer(JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json, MonitoringProperties properties,
                        MonitoringTopics topics) {
        this.topics = topics;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void start() {
        topics.ensureCreated();
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "monitoring-ingest-permit-directory",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Created by the registry's definition only: an auto-created topic gets the broker's
                // partition count and breaks the co-partitioning the accounting relies on.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "permit-directory-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        consumer.subscribe(List.of(Topics.PERMIT_EVENTS.name()));
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                // Partition by partition: a record that fails rewinds its own partition only, and the
                // other partitions' records of this poll are still applied (their positions moved already).
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (!consumeOrRewind(record)) {
                            break;
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // Stopping.
        } finally {
            consumer.close();
        }
    }

    /**
     * Applies one record and commits past it. On failure nothing is skipped: the consumer goes back
     * to the record and tries again after a pause, so a database outage delays the directory and
     * never loses a permit.
     */
    private boolean consumeOrRewind(ConsumerRecord<String, byte[]> record) {
        var partition = new TopicPartition(record.topic(), record.partition());
        try {
            transactions.executeWithoutResult(status -> consume(record));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            return true;
        } catch (RuntimeException e) {
            log.error("Could not apply permit event at {}-{}@{}; retrying", record.topic(), record.partition(), record.offset(), e);
            consumer.seek(partition, record.offset());
            pause();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        String eventId = header(record, EventHeaders.EVENT_ID);
        var type = Topics.PERMIT_EVENTS.eventTypeOf(header(record, EventHeaders.EVENT_TYPE));
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

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
