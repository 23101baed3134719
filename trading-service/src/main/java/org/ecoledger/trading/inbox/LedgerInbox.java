package org.ecoledger.trading.permits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CommitQuotaForPermit;
import org.ecoledger.common.value.Actor;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.ecoledger.trading.ledger.LedgerOutcome;
import org.ecoledger.trading.platform.TradingServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trading's side of the saga for new and expanded projects: reads {@code permit-quota-requested}
 * from {@code permit-events} and asks the ledger of the permit's trading area to retire the rights
 * ({@link CommitQuotaForPermit}). The ledger's answer, retired or short, goes back to permit-service
 * on {@code trading-events} like every other ledger event.
 *
 * <p>Idempotent: a request's {@code event-id} is recorded in the same transaction as the ledger's
 * events (the command joins it), and offsets are committed only after it. A failure (a ledger not
 * opened yet, the database away) rewinds that partition and retries after a pause; nothing is
 * skipped. A region no configured area contains goes to {@code default-area} if one is set, where
 * the enterprise then simply falls short; without one the request is logged, counted
 * ({@code outcome=no-area}) and left unanswered, the permit stays pending, and the reviewer retries
 * once the bureau has put the region into an area.
 */
@Component
class PermitQuotaRequests implements SmartLifecycle {

    static final Actor SAGA = Actor.system("permit-quota-saga");
    private static final Logger log = LoggerFactory.getLogger(PermitQuotaRequests.class);
    private static final Topic TOPIC = Topics.PERMIT_EVENTS;
    private static final String REQUESTED = TOPIC.wireNameOf(PermitQuotaRequested.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Admin admin;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TradingServiceProperties properties;
    private final Optional<TradingAreaId> defaultArea;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    PermitQuotaRequests(CommandGateway commands, JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json, Admin admin,
                        MeterRegistry meters, Clock clock, TradingServiceProperties properties,
                        @Value("${ecoledger.trading.permit-requests.default-area:}") String defaultArea) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.admin = admin;
        this.meters = meters;
        this.clock = clock;
        this.properties = properties;
        this.defaultArea = defaultArea.isBlank() ? Optional.empty() : Optional.of(TradingAreaId.of(defaultArea));
        if (!defaultArea.isBlank() && !properties.areas().containsKey(defaultArea)) {
            // Only configured areas have a ledger; requests for another would be retried for ever.
            throw new IllegalArgumentException("the default area for permit requests, " + defaultArea + ", is not a configured trading area");
        }
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, properties.kafka().consumerGroup() + "-permit-requests",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // The registry's definition creates the topic (below), never the broker's defaults.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "permit-quota-requests");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            // Kafka may be down at start-up: the service starts anyway and the requests wait.
            while (running && !topicExists()) {
                pause();
            }
            consumer.subscribe(List.of(TOPIC.name()));
            while (running) {
                if (!consume(consumer.poll(Duration.ofMillis(500)))) {
                    pause();
                }
            }
        } catch (WakeupException e) {
            // Stopping.
        } finally {
            consumer.close();
        }
    }

    private boolean topicExists() {
        try {
            TopicProvisioning.ensure(admin, List.of(TOPIC), properties.kafka().publishTimeout());
            return true;
        } catch (Exception e) {
            log.warn("Could not make sure {} exists ({}); trying again", TOPIC.name(), e.toString());
            return false;
        }
    }

    /**
     * Applies the batch partition by partition, each in order; a failure rewinds its partition to
     * the record that failed, and the others go on. Commits what was applied. False after a failure.
     */
    private boolean consume(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
        boolean allApplied = true;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    consume(record);
                    applied.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException e) {
                    log.error("Could not apply {}-{}@{}; retrying", record.topic(), record.partition(), record.offset(), e);
                    count("retried");
                    consumer.seek(partition, record.offset());
                    allApplied = false;
                    break;
                }
            }
        }
        if (!applied.isEmpty()) {
            consumer.commitSync(applied);
        }
        return allApplied;
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        if (!REQUESTED.equals(header(record, EventHeaders.EVENT_TYPE))) {
            return;
        }
        String eventId = header(record, EventHeaders.EVENT_ID);
        PermitQuotaRequested request = read(record);
        if (eventId == null || request == null) {
            log.error("Passing over an unreadable permit-quota-requested at {}-{}@{}", record.topic(), record.partition(), record.offset());
            count("unreadable");
            return;
        }
        Optional<TradingAreaId> area = properties.areaOf(request.region()).or(() -> defaultArea);
        if (area.isEmpty()) {
            log.warn("Permit {} of region {} asks for rights, but no trading area contains the region; it stays pending",
                    request.permitId(), request.region());
            count("no-area");
            return;
        }
        Object outcome = transactions.execute(status -> isFirstDelivery(eventId)
                ? commands.sendAndWait(new CommitQuotaForPermit(area.get(), request.enterpriseId(), request.permitId(), request.version(),
                        request.requirements(), SAGA, clock.instant()))
                : null);
        if (outcome instanceof LedgerOutcome.Refused refused) {
            // DUPLICATE_REQUEST: the rights were retired already and that answer is on its way to the permit.
            log.info("Ledger {} refused the rights for permit {} version {}: {}", area.get(), request.permitId(), request.version(),
                    refused.detail());
            count("refused");
        } else if (outcome != null) {
            count("answered");
        }
    }

    private boolean isFirstDelivery(String eventId) {
        return jdbc.sql("INSERT INTO permit_request_consumed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING").param(eventId).update() == 1;
    }

    private PermitQuotaRequested read(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readValue(record.value(), PermitQuotaRequested.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void count(String outcome) {
        meters.counter("ecoledger.trading.permit-requests", "outcome", outcome).increment();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
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
}
