package org.ecoledger.permit.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.support.kafka.ConsumerLoop;
import org.ecoledger.support.kafka.PublishedTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Consumes one topic of another service, idempotently: each record's {@code event-id} is recorded in
 * the same transaction as its effect (the commands it sends join that transaction), and the offset
 * is committed only after it, so a redelivery after a crash, or a record published twice, changes
 * nothing. A failure rewinds to the record and retries after a pause, so a database outage delays
 * and never loses; a record that cannot be read or names impossible values (malformed, not
 * transient) is set aside in {@code inbox_dead_letter} instead of blocking its partition.
 */
public abstract class KafkaInbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaInbox.class);

    private final Topic topic;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final EnforcementTopics topics;
    private final MeterRegistry meters;
    private final ConsumerLoop loop;

    protected KafkaInbox(Topic topic, String groupId, InboxSupport support) {
        this.topic = topic;
        this.jdbc = support.jdbc();
        this.transactions = support.transactions();
        this.json = support.json();
        this.topics = support.topics();
        this.meters = support.meters();
        this.loop = ConsumerLoop.builder(topic.name() + "-inbox", support.bootstrapServers(), groupId, List.of(topic.name()))
                .onRetry(record -> meters.counter("ecoledger.enforcement.inbox.retries", "topic", topic.name()).increment())
                // A topic created after start-up (Kafka was down then) is found within this time.
                .config(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000)
                .build(this::consume);
    }

    /** Applies one event, inside the record's transaction. */
    protected abstract void apply(Object event);

    /**
     * Whether each record's {@code event-id} is kept in {@code consumed_event} so that a second
     * delivery applies nothing. An inbox whose {@link #apply} is idempotent by itself (newest
     * version wins, say) and whose topic is frequent says no, so that table does not grow with it.
     */
    protected boolean remembersEventIds() {
        return true;
    }

    @Override
    public void start() {
        topics.ensureCreated();
        loop.start();
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        String eventId = PublishedTypes.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
        Optional<Class<?>> type = topic.eventTypeOf(PublishedTypes.header(record.headers(), EventHeaders.EVENT_TYPE).orElse(null));
        if (eventId == null || type.isEmpty()) {
            // A type this service was not taught yet, or a record of no type at all.
            log.warn("Skipping a {} record without a known type or ID at {}@{}", topic.name(), record.partition(), record.offset());
            count("skipped");
            return;
        }
        Object event;
        try {
            event = json.readValue(record.value(), type.get());
        } catch (IOException e) {
            setAside(record, eventId, "unreadable: " + e.getMessage());
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                boolean firstDelivery = !remembersEventIds()
                        || jdbc.sql("INSERT INTO consumed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING").param(eventId).update() == 1;
                if (firstDelivery) {
                    apply(event);
                }
            });
            count("applied");
        } catch (IllegalArgumentException e) {
            setAside(record, eventId, "malformed: " + e.getMessage());
        }
    }

    private void setAside(ConsumerRecord<String, byte[]> record, String eventId, String error) {
        log.error("Setting aside {}-{}@{} (event {}): {}", record.topic(), record.partition(), record.offset(), eventId, error);
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO inbox_dead_letter (event_id, topic, partition_number, record_offset, error)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(eventId, record.topic(), record.partition(), record.offset(), error)
                .update());
        count("set-aside");
    }

    private void count(String outcome) {
        meters.counter("ecoledger.enforcement.inbox", "topic", topic.name(), "outcome", outcome).increment();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** What every inbox needs, in one bean so that the consumers' constructors stay short. */
    public record InboxSupport(String bootstrapServers, JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json,
                               EnforcementTopics topics, MeterRegistry meters) {
    }
}
