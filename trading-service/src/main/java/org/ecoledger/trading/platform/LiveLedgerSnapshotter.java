package org.ecoledger.trading.platform;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
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
 * from the previous snapshot and every event since that Axon's aggregate snapshotter does. The
 * lock is let go before the serialized snapshot is stored: writing and flushing tens of megabytes
 * held every order of the area for up to two seconds.
 */
final class LiveLedgerSnapshotter implements Snapshotter {

    private static final Logger log = LoggerFactory.getLogger(LiveLedgerSnapshotter.class);

    private final Function<Class<?>, Repository<?>> repositories;
    private final EventStore events;
    /** The serializer the event store writes snapshots with, so that it finds the payload already serialized. */
    private final Serializer snapshots;
    private final TransactionManager transactions;
    private final Executor executor;
    /** One snapshot per aggregate at a time: a trigger while one is under way adds nothing. */
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();

    LiveLedgerSnapshotter(Function<Class<?>, Repository<?>> repositories, EventStore events, Serializer snapshots,
                          TransactionManager transactions, Executor executor) {
        this.repositories = repositories;
        this.events = events;
        this.snapshots = snapshots;
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
        ResultMessage<DomainEventMessage<?>> serialized = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            Aggregate<?> aggregate = repositories.apply(aggregateType).load(aggregateIdentifier);
            DomainEventMessage<?> snapshot = new GenericDomainEventMessage<>(aggregate.type(), aggregateIdentifier, aggregate.version(),
                    aggregate.invoke(Function.identity()));
            // Serialized now, under the aggregate's lock; the message keeps the result for the event store.
            snapshot.serializePayload(snapshots, byte[].class);
            return snapshot;
        });
        if (serialized.isExceptional()) {
            throw new IllegalStateException("the aggregate could not be loaded or serialized", serialized.exceptionResult());
        }
        transactions.executeInTransaction(() -> events.storeSnapshot(serialized.getPayload()));
    }
}
