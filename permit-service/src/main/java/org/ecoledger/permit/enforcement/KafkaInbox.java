package org.ecoledger.permit.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.ecoledger.common.kafka.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Topic topic;
    private final String groupId;
    private final String bootstrapServers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final EnforcementTopics topics;
    private final MeterRegistry meters;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    protected KafkaInbox(Topic topic, String groupId, InboxSupport support) {
        this.topic = topic;
        this.groupId = groupId;
        this.bootstrapServers = support.bootstrapServers();
        this.jdbc = support.jdbc();
        this.transactions = support.transactions();
        this.json = support.json();
        this.topics = support.topics();
        this.meters = support.meters();
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
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                // A topic created after start-up (Kafka was down then) is found within this time.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, topic.name() + "-inbox");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        consumer.subscribe(List.of(topic.name()));
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

    private boolean consumeOrRewind(ConsumerRecord<String, byte[]> record) {
        var partition = new TopicPartition(record.topic(), record.partition());
        try {
            consume(record);
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            return true;
        } catch (RuntimeException e) {
            log.error("Could not apply {}-{}@{}; retrying", record.topic(), record.partition(), record.offset(), e);
            meters.counter("ecoledger.enforcement.inbox.retries", "topic", topic.name()).increment();
            consumer.seek(partition, record.offset());
            pause();
            return false;
        }
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        String eventId = header(record, EventHeaders.EVENT_ID);
        Optional<Class<?>> type = topic.eventTypeOf(header(record, EventHeaders.EVENT_TYPE));
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

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** What every inbox needs, in one bean so that the consumers' constructors stay short. */
    public record InboxSupport(String bootstrapServers, JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json,
                               EnforcementTopics topics, MeterRegistry meters) {
    }
}
