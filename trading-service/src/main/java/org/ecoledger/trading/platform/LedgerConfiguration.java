package org.ecoledger.trading.platform;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
     * Snapshots taken from the ledger in memory, on a thread of their own. Axon's default snapshotter
     * ran in the committing thread, so a whole batch of orders waited unanswered; and its aggregate
     * snapshotter rebuilds the ledger from the last snapshot and every event since, which under load
     * cost as much CPU as deciding the orders had.
     */
    @Bean
    LiveLedgerSnapshotter aggregateSnapshotter(Configuration configuration, EventStore eventStore, AbstractEventStorageEngine storageEngine,
                                               TransactionManager transactionManager, SnapshotThread thread, MeterRegistry meters) {
        return new LiveLedgerSnapshotter(configuration::repository, eventStore, storageEngine.getSnapshotSerializer(), transactionManager,
                thread.executor, meters);
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
