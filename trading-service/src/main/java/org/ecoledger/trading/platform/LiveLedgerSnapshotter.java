package org.ecoledger.trading.platform;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.ecoledger.trading.ledger.SnapshotSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Writes an aggregate's snapshot from its state in memory. The ledgers stay cached (see
 * {@link LedgerCache}), so loading one through its repository costs nothing and takes its lock:
 * while it is held no command changes the ledger, and the snapshot's sequence number is exactly
 * the last event it reflects. Only the snapshot is paid for, not the rebuild from the previous
 * snapshot and every event since that Axon's aggregate snapshotter does.
 *
 * <p>Under the lock, a {@link SnapshotSource} is only copied; it is serialized and stored after
 * the lock is let go. Serializing a ledger of tens of megabytes under the lock held every order of
 * the area for 100–130 ms, every ten seconds at full rate, and storing it for up to two seconds.
 * An aggregate that is not a {@link SnapshotSource} is not snapshotted: the failure is logged.
 */
final class LiveLedgerSnapshotter implements Snapshotter {

    private static final Logger log = LoggerFactory.getLogger(LiveLedgerSnapshotter.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Function<Class<?>, Repository<?>> repositories;
    private final EventStore events;
    /** The serializer the event store writes snapshots with, so that it finds the payload already serialized. */
    private final Serializer snapshots;
    private final TransactionManager transactions;
    private final Executor executor;
    /** One snapshot per aggregate at a time: a trigger while one is under way adds nothing. */
    private final Set<String> underWay = ConcurrentHashMap.newKeySet();
    /** From asking for the lock to letting it go: the wait for the batch being decided, then the copy. */
    private final Timer locked;
    /** From taking the lock to letting it go: the copy, which commands wait for. */
    private final Timer held;
    private final Timer serialized;
    /** The serializing thread's own CPU time: on a busy machine the wall time above is partly the wait for a core. */
    private final Timer serializedCpu;
    private final DistributionSummary size;
    private final Timer stored;

    LiveLedgerSnapshotter(Function<Class<?>, Repository<?>> repositories, EventStore events, Serializer snapshots,
                          TransactionManager transactions, Executor executor, MeterRegistry meters) {
        this.repositories = repositories;
        this.events = events;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.executor = executor;
        this.locked = phase(meters, "locked");
        this.held = phase(meters, "held");
        this.serialized = phase(meters, "serialize");
        this.serializedCpu = Timer.builder("ecoledger.trading.snapshot.serialize.cpu")
                .description("CPU time the snapshot thread spent serializing a ledger's snapshot")
                .register(meters);
        this.size = DistributionSummary.builder("ecoledger.trading.snapshot.size").baseUnit("bytes")
                .description("A ledger's snapshot as stored, compressed")
                .register(meters);
        this.stored = phase(meters, "store");
    }

    private static Timer phase(MeterRegistry meters, String phase) {
        return Timer.builder("ecoledger.trading.snapshot").tag("phase", phase)
                .description("Time a ledger's snapshot took; 'locked' asks for the ledger's lock and holds it, 'held' only holds it, and commands wait for that")
                .register(meters);
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
        long asked = System.nanoTime();
        long[] taken = {asked};
        ResultMessage<DomainEventMessage<?>> copied = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            Aggregate<?> aggregate = repositories.apply(aggregateType).load(aggregateIdentifier);
            taken[0] = System.nanoTime();
            Object state = aggregate.invoke(LiveLedgerSnapshotter::copyOf);
            return new GenericDomainEventMessage<>(aggregate.type(), aggregateIdentifier, aggregate.version(), state);
        });
        long released = System.nanoTime();
        locked.record(released - asked, TimeUnit.NANOSECONDS);
        held.record(released - taken[0], TimeUnit.NANOSECONDS);
        if (copied.isExceptional()) {
            throw new IllegalStateException("the aggregate could not be loaded or copied", copied.exceptionResult());
        }
        DomainEventMessage<?> snapshot = copied.getPayload();
        serialize(snapshot);
        stored.record(() -> transactions.executeInTransaction(() -> events.storeSnapshot(snapshot)));
    }

    private static Object copyOf(Object aggregate) {
        if (!(aggregate instanceof SnapshotSource source)) {
            throw new IllegalStateException(aggregate.getClass().getName() + " cannot be copied for a snapshot");
        }
        return source.copyForSnapshot();
    }

    /** The message keeps the serialized payload, and the event store finds it so. */
    private void serialize(DomainEventMessage<?> snapshot) {
        long cpuFrom = THREADS.getCurrentThreadCpuTime();
        SerializedObject<byte[]> payload = serialized.record(() -> snapshot.serializePayload(snapshots, byte[].class));
        serializedCpu.record(THREADS.getCurrentThreadCpuTime() - cpuFrom, TimeUnit.NANOSECONDS);
        size.record(payload.getData().length);
    }
}
