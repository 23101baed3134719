package org.ecoledger.trading.platform;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * The event store and its storage engine as Axon's auto-configuration makes them, except that each
 * tracking processor reads the store by itself, snapshots are stored compressed
 * ({@link CompressedSnapshots}) and the timestamp column is read and written from its digits
 * ({@link TradingEventStorageEngine}). Axon makes the engine only when no event store is
 * defined, so both are defined here.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * Without {@code optimizeEventConsumption}, Axon's shared cache of recent events: a linked list
     * in which each event points to the next. Once one of them had been moved to the old generation,
     * it kept every later one alive through each young collection, until the next marking of the old
     * generation: at 7,000 events/s and more, every event with its payload and tracking token was
     * copied and promoted, and the young pauses (90-160 ms) were the order latency's tail. Reading
     * the store per processor costs a query per batch, and a processor that has caught up looks
     * again within a second (Axon's wait for events) rather than when woken by the cache.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /**
     * Events read from the store per query: by each tracking processor, and when the ledger is loaded
     * after its snapshot. Axon's default of 100 made the read model ask five times for each batch of
     * 500 it handles; with 1,000, replaying a stored run (ReadModelBenchmark, two runs of each) took
     * 6.8-7.8 instead of 7.2-9.4 µs of the processor thread per event between batches.
     */
    private static final int EVENTS_PER_QUERY = 1000;

    @Bean
    JdbcEventStorageEngine eventStorageEngine(Serializer defaultSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                              Configuration configuration, ConnectionProvider connectionProvider,
                                              TransactionManager transactionManager) {
        return TradingEventStorageEngine.of(JdbcEventStorageEngine.builder()
                .snapshotSerializer(CompressedSnapshots.around(defaultSerializer))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(EVENTS_PER_QUERY));
    }

    /**
     * Instead of Axon's default, which stamps every event with the message ID of the command that
     * caused it: the order gateway sends a whole group of requests as one command, so every event
     * of a commit would carry the same two IDs, which say no more than the events' adjacent places
     * in the store. Who acted and when are in each event itself. In a flight recording at 5,000
     * orders placed/s, writing the two IDs took about 4 % of the order writer's samples, and every
     * processor read them back.
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }
}
