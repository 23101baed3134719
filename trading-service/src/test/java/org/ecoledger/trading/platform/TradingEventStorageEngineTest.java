package org.ecoledger.trading.platform;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.ecoledger.local.MigratedSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on real PostgreSQL against Axon's own JDBC engine over the same store. */
class TradingEventStorageEngineTest {

    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private TradingEventStorageEngine engine;
    private JdbcEventStorageEngine axons;

    record Noted(String what) {
    }

    @BeforeAll
    static void migrate() {
        dataSource = MigratedSchema.of("trading_engine", "classpath:db/trading");
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void emptyStore() {
        jdbc.update("TRUNCATE domainevententry RESTART IDENTITY");
        engine = TradingEventStorageEngine.of(builder());
        axons = builder().build();
    }

    @Test
    void eventsAreStoredWithTheTimestampTextAxonWrites() {
        List<Instant> times = List.of(Instant.parse("2026-11-25T01:18:42.011532042Z"), Instant.parse("2026-11-25T01:18:42Z"),
                Instant.parse("1999-12-31T23:59:59.9999Z"), Instant.parse("+10000-01-01T00:00:00.5Z"));
        engine.appendEvents(events("ledger-a", 0, times));

        assertThat(jdbc.queryForList("SELECT timestamp FROM domainevententry ORDER BY globalindex", String.class))
                .containsExactlyElementsOf(times.stream().map(DateTimeUtils::formatInstant).toList());
    }

    @Test
    void aStoreWithGapsOldAndRecentIsReadAsAxonsEngineReadsIt() {
        Instant recent = GenericDomainEventMessage.clock.instant();
        Instant old = recent.minusSeconds(3_600);
        engine.appendEvents(events("ledger-a", 0, List.of(old, old)));
        skipGlobalIndexes(3);
        engine.appendEvents(events("ledger-a", 2, List.of(old)));
        skipGlobalIndexes(2);
        engine.appendEvents(events("ledger-b", 0, List.of(recent, recent)));
        skipGlobalIndexes(4);
        engine.appendEvents(events("ledger-b", 2, List.of(recent, Instant.parse("+10000-01-01T00:00:00Z"))));
        skipGlobalIndexes(1);
        axons.appendEvents(events("ledger-c", 0, List.of(recent)));

        List<TrackedEventMessage<?>> read = engine.readEvents(null, false).collect(Collectors.toList());
        List<TrackedEventMessage<?>> readByAxon = axons.readEvents(null, false).collect(Collectors.toList());

        assertThat(read).hasSize(8);
        assertThat(described(read)).containsExactlyElementsOf(described(readByAxon));
        assertThat(read.get(5).trackingToken().toString()).contains("11, 12, 13, 14").doesNotContain("3, 4, 5");
        TrackingToken afterTheOldOnes = read.get(2).trackingToken();
        assertThat(described(engine.readEvents(afterTheOldOnes, false).collect(Collectors.toList())))
                .containsExactlyElementsOf(described(axons.readEvents(afterTheOldOnes, false).collect(Collectors.toList())));
    }

    @Test
    void aTimestampInAnotherFormIsReadAsAxonReadsIt() {
        engine.appendEvents(events("ledger-a", 0, List.of(Instant.parse("2026-11-25T01:18:42Z"))));
        jdbc.update("UPDATE domainevententry SET timestamp = '2026-11-25T09:18:42.5+08:00'");

        Instant read = engine.readEvents(null, false).findFirst().orElseThrow().getTimestamp();

        assertThat(read).isEqualTo(axons.readEvents(null, false).findFirst().orElseThrow().getTimestamp())
                .isEqualTo(Instant.parse("2026-11-25T01:18:42.5Z"));
    }

    private JdbcEventStorageEngine.Builder builder() {
        ConnectionProvider connections = dataSource::getConnection;
        return JdbcEventStorageEngine.builder().connectionProvider(connections).transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer).snapshotSerializer(serializer).schema(new EventSchema());
    }

    private List<DomainEventMessage<?>> events(String ledger, long firstSequence, List<Instant> times) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Instant time : times) {
            long sequence = firstSequence + events.size();
            events.add(new GenericDomainEventMessage<>("TradingLedger", ledger, sequence, new Noted(ledger + " " + sequence),
                    MetaData.emptyInstance(), ledger + "-" + sequence, time));
        }
        return events;
    }

    private static void skipGlobalIndexes(int count) {
        jdbc.queryForList("SELECT nextval('domainevententry_globalindex_seq') FROM generate_series(1, ?)", Long.class, count);
    }

    private static List<String> described(List<TrackedEventMessage<?>> events) {
        return events.stream().map(e -> e.trackingToken() + " " + e.getIdentifier() + " " + e.getTimestamp() + " "
                + e.getPayloadType().getSimpleName() + " " + e.getPayload()).toList();
    }
}
