package org.ecoledger.trading.platform;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Writes an aggregate's snapshot from its state in memory. The ledgers stay cached (see
 * {@link LedgerCache}), so loading one through its repository costs nothing and takes its lock:
 * while the snapshot is serialized no command changes the ledger, and the snapshot's sequence
 * number is exactly the last event it reflects. Only the serialization is paid, not the rebuild
 * from the previous snapshot and every event since that Axon's aggregate snapshotter does.
 */
final class LiveLedgerSnapshotter implements Snapshotter {

    private static final Logger log = LoggerFactory.getLogger(LiveLedgerSnapshotter.class);

    private final Function<Class<?>, Repository<?>> repositories;
    private final EventStore events;
    private final TransactionManager transactions;
    private final Executor executor;
    /** One snapshot per aggregate at a time: a trigger while one is under way adds nothing. */
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();

    LiveLedgerSnapshotter(Function<Class<?>, Repository<?>> repositories, EventStore events, TransactionManager transactions,
                          Executor executor) {
        this.repositories = repositories;
        this.events = events;
        this.transactions = transactions;
        this.executor = executor;
    }

    @Override
    public void scheduleSnapshot(Class<?> aggregateType, String aggregateIdentifier) {
        String key = aggregateType.getName() + "/" + aggregateIdentifier;
        if (!underWay.add(key)) {
            return;
        }
        executor.execute(() -> {
            try {
                take(aggregateType, aggregateIdentifier);
            } catch (RuntimeException e) {
                // A missed snapshot costs only a longer replay at the next load; the next trigger tries again.
                log.warn("the snapshot of {} {} failed", aggregateType.getSimpleName(), aggregateIdentifier, e);
            } finally {
                underWay.remove(key);
            }
        });
    }

    private void take(Class<?> aggregateType, String aggregateIdentifier) {
        transactions.executeInTransaction(() -> DefaultUnitOfWork.startAndGet(null).execute(() -> {
            Aggregate<?> aggregate = repositories.apply(aggregateType).load(aggregateIdentifier);
            Object root = aggregate.invoke(Function.identity());
            events.storeSnapshot(new GenericDomainEventMessage<>(aggregate.type(), aggregateIdentifier, aggregate.version(), root));
        }));
    }
}
