package org.ecoledger.support.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.local.EmbeddedKafkaBroker;
import org.ecoledger.support.kafka.ConsumerLoop.Commit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loop's promises to the services' inboxes, on a real (in-JVM KRaft) broker: a record is
 * committed only once handled, a failing one is retried in place, committed offsets outlive the
 * loop, a commit the broker refuses or cannot take (the broker away) does not end it and loses no
 * record, and stop() leaves no thread or group member behind. Each test has a topic and a group of
 * its own.
 */
class ConsumerLoopIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** ConsumerLoop's own pause before a failed record is handled again. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** ConsumerLoop's own limit on how long stop() waits for its thread. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** The broker's start and the group's return to it, on two busy cores. */
    private static final Duration BROKER_RESTART_DEADLINE = Duration.ofSeconds(90);

    private static EmbeddedKafkaBroker broker;
    private static Admin admin;
    private static KafkaProducer<String, byte[]> producer;

    private final List<ConsumerLoop> loops = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(null, 0);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopBroker() {
        producer.close();
        admin.close();
        broker.close();
    }

    @AfterEach
    void stopLoops() {
        loops.forEach(ConsumerLoop::stop);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Commit.class)
    void aRecordWhoseHandlingThrowsStaysUncommittedAndIsHandledAgainUntilItSucceedsBeforeTheRecordsAfterIt(Commit commit)
            throws Exception {
        String topic = topicHolding("r0", "r1", "r2", "r3", "r4");
        String group = "group-" + UUID.randomUUID();
        List<String> attempts = new CopyOnWriteArrayList<>();
        List<Long> committedWhenRetried = new CopyOnWriteArrayList<>();
        List<Long> failingRecordAttemptedAt = new CopyOnWriteArrayList<>();
        List<Long> retriedOffsets = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(2);

        start(loop(topic, group, commit)
                .onRetry(record -> retriedOffsets.add(record.offset()))
                .build(record -> {
                    String value = value(record);
                    attempts.add(value);
                    if (!value.equals("r2")) {
                        return;
                    }
                    failingRecordAttemptedAt.add(System.nanoTime());
                    if (failuresLeft.get() < 2) {
                        committedWhenRetried.add(committedOffset(group, topic));
                    }
                    if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                        throw new IllegalStateException("database away");
                    }
                }));

        await().atMost(DEADLINE).until(() -> committedOffset(group, topic) == 5L);
        assertThat(attempts).containsExactly("r0", "r1", "r2", "r2", "r2", "r3", "r4");
        assertThat(retriedOffsets).containsExactly(2L, 2L);
        assertThat(committedWhenRetried).containsExactly(2L, 2L);
        // Without the pause a service whose database is away would spin on the record.
        for (int i = 1; i < failingRecordAttemptedAt.size(); i++) {
            assertThat(Duration.ofNanos(failingRecordAttemptedAt.get(i) - failingRecordAttemptedAt.get(i - 1)))
                    .isGreaterThanOrEqualTo(RETRY_PAUSE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Commit.class)
    void aNewLoopInTheSameGroupResumesAfterTheRecordsCommittedBeforeTheRestart(Commit commit) throws Exception {
        String topic = topicHolding("r0", "r1", "r2");
        String group = "group-" + UUID.randomUUID();
        List<String> beforeRestart = new CopyOnWriteArrayList<>();
        ConsumerLoop first = start(loop(topic, group, commit).build(record -> beforeRestart.add(value(record))));
        await().atMost(DEADLINE).until(() -> committedOffset(group, topic) == 3L);
        first.stop();

        produce(topic, "r3", "r4", "r5");
        List<String> afterRestart = new CopyOnWriteArrayList<>();
        start(loop(topic, group, commit).build(record -> afterRestart.add(value(record))));
        await().atMost(DEADLINE).until(() -> committedOffset(group, topic) == 6L);

        assertThat(beforeRestart).containsExactly("r0", "r1", "r2");
        assertThat(afterRestart).containsExactly("r3", "r4", "r5");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Commit.class)
    void aCommitRefusedBecauseTheGroupMovedOnLeavesTheLoopRunningAndItsRecordsAreCommittedLater(Commit commit)
            throws Exception {
        String topic = topicHolding("r0", "r1");
        String group = "group-" + UUID.randomUUID();
        List<String> attempts = new CopyOnWriteArrayList<>();
        // Handling that outlasts max.poll.interval.ms (a slow database) gets the consumer put out of its group,
        // and the broker then refuses its commit.
        start(loop(topic, group, commit)
                .config(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 1000)
                .config(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 100)
                .build(record -> {
                    attempts.add(value(record));
                    if (attempts.size() == 1) {
                        sleep(Duration.ofMillis(2500));
                    }
                }));
        Thread thread = threadOf(group);

        await().atMost(DEADLINE).until(() -> committedOffset(group, topic) == 2L);
        assertThat(thread.isAlive()).isTrue();
        assertThat(attempts).endsWith("r1");
    }

    @Test
    void aCommitThatTimesOutWhileTheBrokerIsAwayHasItsRecordHandledAgainOnceTheBrokerIsBack() throws Exception {
        String topic = topicHolding("r0", "r1");
        String group = "group-" + UUID.randomUUID();
        List<String> attempts = new CopyOnWriteArrayList<>();
        List<Long> retriedOffsets = new CopyOnWriteArrayList<>();
        CountDownLatch brokerStopped = new CountDownLatch(1);
        start(loop(topic, group, Commit.EACH_RECORD)
                // The commit gives up after this long instead of Kafka's minute.
                .config(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000)
                .onRetry(record -> retriedOffsets.add(record.offset()))
                .build(record -> {
                    attempts.add(value(record));
                    if (attempts.size() == 1) {
                        // r0 is handled (its effect is in the service's database); the commit after it finds no broker.
                        broker.stop();
                        brokerStopped.countDown();
                    }
                }));
        Thread thread;
        try {
            await().atMost(DEADLINE).until(() -> !retriedOffsets.isEmpty());
            thread = threadOf(group);
        } finally {
            // The other tests share the broker: it is back whatever this one found.
            if (brokerStopped.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                broker.start();
            }
        }

        await().atMost(BROKER_RESTART_DEADLINE).until(() -> committedOffset(group, topic) == 2L);
        assertThat(thread.isAlive()).isTrue();
        // Handled again, which its idempotency absorbs, rather than lost; r1 waits behind it. The group's return
        // after the restart may refuse a commit once more, so r0 may go round more than twice.
        assertThat(retriedOffsets).isNotEmpty().containsOnly(0L);
        assertThat(attempts).hasSize(retriedOffsets.size() + 2).endsWith("r1");
        assertThat(attempts.subList(0, attempts.size() - 1)).containsOnly("r0");
    }

    @Test
    void stopEndsTheLoopsThreadWithinItsLimitAndLeavesTheGroup() throws Exception {
        String group = "group-" + UUID.randomUUID();
        List<String> handled = new CopyOnWriteArrayList<>();
        ConsumerLoop loop = startOnOneRecord(group, record -> { }, record -> handled.add(value(record)));
        await().atMost(DEADLINE).until(() -> handled.size() == 1);
        Thread thread = threadOf(group);
        assertThat(members(group)).isEqualTo(1);

        assertStopEnds(loop, thread, group);
    }

    @Test
    void stopEndsTheLoopsThreadWithinItsLimitWhileARecordIsBeingRetried() throws Exception {
        String group = "group-" + UUID.randomUUID();
        CountDownLatch retrying = new CountDownLatch(1);
        ConsumerLoop loop = startOnOneRecord(group, record -> retrying.countDown(), record -> {
            throw new IllegalStateException("ledger not opened yet");
        });
        assertThat(retrying.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Thread thread = threadOf(group);

        assertStopEnds(loop, thread, group);
    }

    @Test
    void aStopThatArrivesWhileARecordIsHandledIsNotTakenForItsFailure() throws Exception {
        String group = "group-" + UUID.randomUUID();
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        List<String> retried = new CopyOnWriteArrayList<>();
        ConsumerLoop loop = startOnOneRecord(group, record -> retried.add(value(record)), record -> {
            handling.countDown();
            try {
                stopAsked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(handling.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Thread thread = threadOf(group);

        // The wake-up lands while the handler runs, so the commit after it is what sees it.
        Thread stopping = new Thread(loop::stop);
        stopping.start();
        // Waiting for the loop's thread to end: the wake-up has been called by then.
        await().atMost(DEADLINE).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        stopAsked.countDown();
        stopping.join(STOP_TIMEOUT.toMillis());

        assertThat(thread.isAlive()).isFalse();
        assertThat(retried).isEmpty();
    }

    @Test
    void aLoopThatDiesOfWhatItCannotRetrySaysItIsNoLongerRunning() throws Exception {
        String group = "group-" + UUID.randomUUID();
        ConsumerLoop loop = startOnOneRecord(group, record -> { }, record -> {
            throw new NoClassDefFoundError("a class the handler needs is missing from the deployment");
        });

        // The error ends the loop's thread uncaught, which is the point here, not a failure of the test.
        await().dontCatchUncaughtExceptions().atMost(DEADLINE).until(() -> !loop.isRunning());
        assertThat(members(group)).isZero();
    }

    private static void assertStopEnds(ConsumerLoop loop, Thread thread, String group) throws Exception {
        assertThat(thread.isAlive()).isTrue();
        long started = System.nanoTime();

        loop.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(STOP_TIMEOUT);
        assertThat(thread.isAlive()).isFalse();
        assertThat(loop.isRunning()).isFalse();
        // A consumer left open would stay a member until its session times out (45 s); a closed one leaves at once.
        assertThat(members(group)).isZero();
    }

    /** A loop committing each record, started on a new topic holding one record. */
    private ConsumerLoop startOnOneRecord(String group, Consumer<ConsumerRecord<String, byte[]>> onRetry,
                                          Consumer<ConsumerRecord<String, byte[]>> handler) throws Exception {
        return start(loop(topicHolding("r0"), group, Commit.EACH_RECORD).onRetry(onRetry).build(handler));
    }

    private ConsumerLoop start(ConsumerLoop loop) {
        loops.add(loop);
        loop.start();
        return loop;
    }

    private static ConsumerLoop.Builder loop(String topic, String group, Commit commit) {
        return ConsumerLoop.builder(threadName(group), broker.bootstrapServers(), group, List.of(topic)).commit(commit);
    }

    private static String threadName(String group) {
        return "loop-" + group;
    }

    /** A new topic of one partition, so that the order of its records and its committed offset are exact. */
    private static String topicHolding(String... values) throws Exception {
        String topic = "consumer-loop-" + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        produce(topic, values);
        return topic;
    }

    private static void produce(String topic, String... values) throws Exception {
        for (String value : values) {
            producer.send(new ProducerRecord<>(topic, value.getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        }
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The group's committed offset on the topic's only partition, -1 if none. */
    private static long committedOffset(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> offsets = answer(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, 0));
        return offset == null ? -1 : offset.offset();
    }

    /** Asked from the loop's handler too, which may throw only unchecked exceptions. */
    private static <T> T answer(KafkaFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int members(String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                .describedGroups().get(group).get(10, TimeUnit.SECONDS);
        return description.members().size();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread threadOf(String group) {
        String name = threadName(group);
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no thread named " + name));
    }
}
