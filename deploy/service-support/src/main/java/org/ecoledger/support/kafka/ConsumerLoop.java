package org.ecoledger.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A consumer of other services' topics on a thread of its own, for a service whose handling of a
 * record is idempotent (its effect and the record's event ID commit together, or the effect is
 * idempotent by itself). An offset is committed only past records the handler has returned from,
 * so a crash redelivers what was not yet handled and never skips it. A handler that throws is not
 * passed over either: its partition goes back to that record, which is handled again after a pause,
 * so an outage (the database away, a ledger not opened yet) delays and never loses; the other
 * partitions of the same poll still go on, as their positions have moved already. A record that can
 * never be handled is for the handler to set aside or count and return from; what a record means,
 * how it is kept idempotent and what is counted stay with the service.
 */
public final class ConsumerLoop {

    /** When the offsets past handled records are committed. */
    public enum Commit {
        /**
         * After each record, and as part of its handling: a commit that fails sends the record round
         * again, which its idempotency absorbs.
         */
        EACH_RECORD,
        /**
         * Once a poll, past the last record handled on each partition: one round trip to the broker
         * for the whole batch, at the price of redelivering the batch's handled records after a crash
         * before the commit. The pause before a failed record is retried comes after the commit.
         */
        EACH_POLL
    }

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String threadName;
    private final Map<String, Object> config;
    private final List<String> topics;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Commit commit;
    private final Consumer<ConsumerRecord<String, byte[]>> onRetry;
    private final BooleanSupplier topicsReady;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    private ConsumerLoop(Builder builder, Consumer<ConsumerRecord<String, byte[]>> handler) {
        this.threadName = builder.threadName;
        this.config = Map.copyOf(builder.config);
        this.topics = List.copyOf(builder.topics);
        this.handler = Objects.requireNonNull(handler, "handler");
        this.commit = builder.commit;
        this.onRetry = builder.onRetry;
        this.topicsReady = builder.topicsReady;
    }

    /**
     * A loop over {@code topics} in consumer group {@code groupId}, on a daemon thread named
     * {@code threadName} (the name operators find it by in a thread dump).
     */
    public static Builder builder(String threadName, String bootstrapServers, String groupId, List<String> topics) {
        return new Builder(threadName, bootstrapServers, groupId, topics);
    }

    /** Creates the consumer on the caller's thread, so that a configuration it refuses fails the start, and starts polling. */
    public void start() {
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Wakes the consumer out of a poll and waits a while for the thread to close it and leave its group. */
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        KafkaConsumer<String, byte[]> consumer = this.consumer;
        try {
            while (running && !topicsReady.getAsBoolean()) {
                pause();
            }
            consumer.subscribe(topics);
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (commit == Commit.EACH_RECORD) {
                    handleCommittingEach(consumer, records);
                } else if (!handleCommittingOnce(consumer, records)) {
                    pause();
                }
            }
        } catch (WakeupException e) {
            // Stopping.
        } finally {
            // Whatever ended the thread, the loop no longer runs; a health check reading isRunning must see that.
            running = false;
            consumer.close();
        }
    }

    private void handleCommittingEach(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    handler.accept(record);
                    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                } catch (WakeupException e) {
                    // A stop, not a failure of the record: it is neither retried nor counted as retried.
                    throw e;
                } catch (RuntimeException e) {
                    rewind(consumer, partition, record, e);
                    pause();
                    break;
                }
            }
        }
    }

    /** False if a record failed. */
    private boolean handleCommittingOnce(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        boolean allHandled = true;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    handler.accept(record);
                    handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    rewind(consumer, partition, record, e);
                    allHandled = false;
                    break;
                }
            }
        }
        if (!handled.isEmpty()) {
            try {
                consumer.commitSync(handled);
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                // The group moved on (handling outlasted max.poll.interval.ms) or the broker stayed away past the
                // commit's timeout. Left to escape, this would end the thread for good; instead the next poll
                // rejoins, and the records are committed by a later commit or, after a rebalance, delivered again
                // from the last one, which their idempotency absorbs.
                log.warn("Could not commit past the records handled in this poll; carrying on", e);
                return false;
            }
        }
        return allHandled;
    }

    private void rewind(KafkaConsumer<String, byte[]> consumer, TopicPartition partition, ConsumerRecord<String, byte[]> record,
                        RuntimeException failure) {
        log.error("Could not apply {}-{}@{}; retrying", record.topic(), record.partition(), record.offset(), failure);
        onRetry.accept(record);
        consumer.seek(partition, record.offset());
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    public static final class Builder {

        private final String threadName;
        private final Map<String, Object> config = new HashMap<>();
        private final List<String> topics;
        private Commit commit = Commit.EACH_RECORD;
        private Consumer<ConsumerRecord<String, byte[]>> onRetry = record -> {
        };
        private BooleanSupplier topicsReady = () -> true;

        private Builder(String threadName, String bootstrapServers, String groupId, List<String> topics) {
            this.threadName = threadName;
            this.topics = topics;
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            // A new group reads the topic's whole history: these topics are what the services' state is rebuilt from.
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            // Created by the registry's definition only (TopicProvisioning): an auto-created topic would
            // get the broker's partition count instead of the registry's, which monitoring's accounting co-partitions on.
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        }

        /** {@link Commit#EACH_RECORD} unless told otherwise. */
        public Builder commit(Commit commit) {
            this.commit = commit;
            return this;
        }

        /** Told of each record about to be retried, for the service's own counter (bounded tags only). */
        public Builder onRetry(Consumer<ConsumerRecord<String, byte[]>> onRetry) {
            this.onRetry = onRetry;
            return this;
        }

        /**
         * Asked on the loop's thread, before it subscribes, until it says yes (a pause between asks):
         * for a service that starts while Kafka is down and makes sure of its topics once it is up.
         */
        public Builder awaitTopics(BooleanSupplier topicsReady) {
            this.topicsReady = topicsReady;
            return this;
        }

        /** A consumer setting beyond the ones every loop has. */
        public Builder config(String name, Object value) {
            config.put(name, value);
            return this;
        }

        /**
         * The loop, handing each record to {@code handler}, which knows what the record means to the
         * service; a handler that throws has the record sent round again after a pause.
         */
        public ConsumerLoop build(Consumer<ConsumerRecord<String, byte[]>> handler) {
            return new ConsumerLoop(this, handler);
        }
    }
}
