package org.ecoledger.trading.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.permit.event.PermitQuotaReleased;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CommitQuotaForPermit;
import org.ecoledger.common.trading.command.ReinstateQuotaForPermit;
import org.ecoledger.common.trading.command.LiftBuyingRestriction;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.trading.platform.TradingAreas;
import org.ecoledger.common.value.Actor;
import org.ecoledger.support.kafka.ConsumerLoop;
import org.ecoledger.support.kafka.PublishedTypes;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What other services ask of the ledgers, read from Kafka and sent as ledger commands:
 * <ul>
 *   <li>{@code permit-quota-requested} ({@code permit-events}), trading's side of the saga for new
 *       and expanded projects: the ledger of the permit's area retires the rights
 *       ({@link CommitQuotaForPermit}) or reports the shortfall, and the answer goes back to
 *       permit-service on {@code trading-events} like every other ledger event;</li>
 *   <li>{@code enterprise-blacklisted} and {@code blacklisting-lifted} ({@code enforcement-events}):
 *       a blacklisted enterprise may not buy ({@link RestrictBuying}) until it is lifted.</li>
 * </ul>
 *
 * <p>Idempotent: a record's {@code event-id} is recorded in the same transaction as the ledger's
 * events (the command joins it), and offsets are committed only after it. A failure (a ledger not
 * opened yet, the database away) rewinds that partition and retries after a pause; nothing is
 * skipped. A region no configured area contains goes to {@code default-area} if one is set, where
 * the enterprise then simply falls short; without one the request is logged, counted
 * ({@code outcome=no-area}) and left unanswered, the permit stays pending, and the reviewer retries
 * once the bureau has put the region into an area. A blacklisted enterprise outside every area has
 * no account to restrict and is passed over.
 */
@Component
class LedgerInbox implements SmartLifecycle {

    static final Actor SAGA = Actor.system("permit-quota-saga");
    static final Actor ENFORCEMENT = Actor.system("enforcement-inbox");
    private static final Logger log = LoggerFactory.getLogger(LedgerInbox.class);
    private static final List<Topic> TOPICS = List.of(Topics.PERMIT_EVENTS, Topics.ENFORCEMENT_EVENTS);
    private static final String REQUESTED = Topics.PERMIT_EVENTS.wireNameOf(PermitQuotaRequested.class);
    private static final String RELEASED = Topics.PERMIT_EVENTS.wireNameOf(PermitQuotaReleased.class);
    private static final String BLACKLISTED = Topics.ENFORCEMENT_EVENTS.wireNameOf(EnterpriseBlacklisted.class);
    private static final String LIFTED = Topics.ENFORCEMENT_EVENTS.wireNameOf(BlacklistingLifted.class);

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Admin admin;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TradingServiceProperties properties;
    private final Optional<TradingAreaId> defaultArea;
    private final ConsumerLoop loop;

    LedgerInbox(CommandGateway commands, JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json, Admin admin,
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
        this.loop = ConsumerLoop.builder("ledger-inbox", properties.kafka().bootstrapServers(), properties.kafka().consumerGroup() + "-inbox",
                        TOPICS.stream().map(Topic::name).toList())
                .commit(ConsumerLoop.Commit.EACH_POLL)
                .onRetry(record -> count("retried"))
                // Kafka may be down at start-up: the service starts anyway and the requests wait.
                .awaitTopics(this::topicExists)
                .build(this::consume);
    }

    @Override
    public void start() {
        loop.start();
    }

    private boolean topicExists() {
        try {
            TopicProvisioning.ensure(admin, TOPICS, properties.kafka().publishTimeout());
            return true;
        } catch (Exception e) {
            log.warn("Could not make sure {} exist ({}); trying again", TOPICS, e.toString());
            return false;
        }
    }

    private void consume(ConsumerRecord<String, byte[]> record) {
        String type = PublishedTypes.header(record.headers(), EventHeaders.EVENT_TYPE).orElse(null);
        if (REQUESTED.equals(type)) {
            consumeQuotaRequest(record);
        } else if (RELEASED.equals(type)) {
            consumeQuotaRelease(record);
        } else if (BLACKLISTED.equals(type) || LIFTED.equals(type)) {
            consumeBlacklisting(record, type);
        }
    }

    private void consumeQuotaRequest(ConsumerRecord<String, byte[]> record) {
        String eventId = PublishedTypes.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
        PermitQuotaRequested request = read(record, PermitQuotaRequested.class);
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
        Object outcome = sendOnce(eventId, new CommitQuotaForPermit(area.get(), request.enterpriseId(), request.permitId(),
                request.version(), request.requirements(), SAGA, clock.instant()));
        if (outcome instanceof LedgerOutcome.Refused refused) {
            // DUPLICATE_REQUEST: the rights were retired already and that answer is on its way to the permit.
            log.info("Ledger {} refused the rights for permit {} version {}: {}", area.get(), request.permitId(), request.version(),
                    refused.detail());
            count("refused");
        } else if (outcome != null) {
            count("answered");
        }
    }

    /** The release names the area the rights were retired in, so it goes back to that ledger whatever the configuration says now. */
    private void consumeQuotaRelease(ConsumerRecord<String, byte[]> record) {
        String eventId = PublishedTypes.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
        PermitQuotaReleased release = read(record, PermitQuotaReleased.class);
        if (eventId == null || release == null) {
            log.error("Passing over an unreadable permit-quota-released at {}-{}@{}", record.topic(), record.partition(), record.offset());
            count("unreadable");
            return;
        }
        Object outcome = sendOnce(eventId, new ReinstateQuotaForPermit(release.area(), release.enterpriseId(), release.permitId(),
                release.version(), SAGA, clock.instant()));
        if (outcome instanceof LedgerOutcome.Refused refused) {
            log.info("Ledger {} did not reinstate the rights of permit {} version {}: {}", release.area(), release.permitId(),
                    release.version(), refused.detail());
            count("refused");
        } else if (outcome != null) {
            count("reinstated");
        }
    }

    private void consumeBlacklisting(ConsumerRecord<String, byte[]> record, String type) {
        String eventId = PublishedTypes.header(record.headers(), EventHeaders.EVENT_ID).orElse(null);
        boolean blacklisted = BLACKLISTED.equals(type);
        EnterpriseBlacklisted listed = blacklisted ? read(record, EnterpriseBlacklisted.class) : null;
        BlacklistingLifted lifted = blacklisted ? null : read(record, BlacklistingLifted.class);
        if (eventId == null || (listed == null && lifted == null)) {
            log.error("Passing over an unreadable {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
            countBlacklisting("unreadable");
            return;
        }
        EnterpriseId enterprise = blacklisted ? listed.enterpriseId() : lifted.enterpriseId();
        Optional<TradingAreaId> area = properties.areaOf(TradingAreas.regionOf(enterprise));
        if (area.isEmpty()) {
            countBlacklisting("no-area");
            return;
        }
        sendOnce(eventId, blacklisted
                ? new RestrictBuying(area.get(), enterprise, "blacklisted: " + listed.reason(), ENFORCEMENT, clock.instant())
                : new LiftBuyingRestriction(area.get(), enterprise, "blacklisting lifted: " + lifted.reason(), ENFORCEMENT, clock.instant()));
        countBlacklisting(blacklisted ? "restricted" : "lifted");
    }

    private void countBlacklisting(String outcome) {
        meters.counter("ecoledger.trading.blacklist-events", "outcome", outcome).increment();
    }

    /** Sends the command unless this event was applied before, in one transaction with the record of it; null if it was. */
    private Object sendOnce(String eventId, Object command) {
        return transactions.execute(status -> isFirstDelivery(eventId) ? commands.sendAndWait(command) : null);
    }

    private boolean isFirstDelivery(String eventId) {
        return jdbc.sql("INSERT INTO consumed_event (event_id) VALUES (?) ON CONFLICT DO NOTHING").param(eventId).update() == 1;
    }

    private <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        try {
            return json.readValue(record.value(), type);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void count(String outcome) {
        meters.counter("ecoledger.trading.permit-requests", "outcome", outcome).increment();
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
