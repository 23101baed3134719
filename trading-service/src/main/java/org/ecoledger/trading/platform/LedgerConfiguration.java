package org.ecoledger.trading.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /** A ledger stays in memory between commands: loading it is then free, and one writer per area is what lets the order gateway batch. */
    @Bean
    Cache ledgerCache() {
        return new LedgerCache();
    }

    /** A long-lived ledger is loaded from its latest snapshot, never replayed from its first event. */
    @Bean
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, TradingServiceProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }

    /**
     * Axon's default snapshotter takes the snapshot in the committing thread, after the commit and
     * before the command returns: the order writer then stood still, with a whole batch of orders
     * unanswered, while the area's ledger was read back and written whole. Here a thread of its own
     * takes it, from the committed events, so the writer goes on; Axon schedules at most one
     * snapshot per ledger at a time.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(Configuration configuration, HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                                                    TransactionManager transactionManager, SnapshotterSpanFactory spanFactory,
                                                    SnapshotThread thread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(thread.executor)
                .build();
    }

    @Bean
    SnapshotThread ledgerSnapshotThread() {
        return new SnapshotThread();
    }

    /** Not an Executor bean itself, so that Spring's own task executor is still made. */
    static final class SnapshotThread implements DisposableBean {

        private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ledger-snapshotter");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void destroy() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
