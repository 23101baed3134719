package org.ecoledger.trading.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times a tracking processor's batches from inside, on its own thread: from the first event the
 * batch hands to the handlers to the moment its unit of work prepares to commit (the handlers),
 * and from there to the end of the commit (the read model's writes, flushed when the unit of work
 * prepares to commit, then the commit with the token). What the thread does between batches is
 * fetching the next events from the store. Registered before the projection's handlers run, its
 * prepare-commit callback is called before theirs.
 */
final class ProcessorBatches implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String KEY = ProcessorBatches.class.getName();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private volatile long threadId = -1;
    private long batches;
    private long events;
    private long handleNanos;
    private long writeNanos;
    private long handleCpuNanos;
    private long writeCpuNanos;

    /** One batch's readings, its wall and CPU clock at the first event and at the prepare-commit. */
    private static final class Batch {
        private final long start = System.nanoTime();
        private final long startCpu = THREADS.getCurrentThreadCpuTime();
        private long prepared;
        private long preparedCpu;
        private int events;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        Batch batch = root.getOrComputeResource(KEY, key -> begin(root));
        batch.events++;
        return interceptorChain.proceed();
    }

    private Batch begin(UnitOfWork<?> unitOfWork) {
        threadId = Thread.currentThread().getId();
        Batch batch = new Batch();
        unitOfWork.onPrepareCommit(u -> {
            batch.prepared = System.nanoTime();
            batch.preparedCpu = THREADS.getCurrentThreadCpuTime();
        });
        unitOfWork.afterCommit(u -> ended(batch, System.nanoTime(), THREADS.getCurrentThreadCpuTime()));
        return batch;
    }

    private synchronized void ended(Batch batch, long now, long cpu) {
        batches++;
        events += batch.events;
        handleNanos += batch.prepared - batch.start;
        writeNanos += now - batch.prepared;
        handleCpuNanos += batch.preparedCpu - batch.startCpu;
        writeCpuNanos += cpu - batch.preparedCpu;
    }

    /** The processor thread's CPU time since it started, or -1 before it handled its first batch. */
    long threadCpuNanos() {
        long id = threadId;
        return id < 0 ? -1 : THREADS.getThreadCpuTime(id);
    }

    synchronized void clear() {
        threadId = -1;
        batches = events = handleNanos = writeNanos = handleCpuNanos = writeCpuNanos = 0;
    }

    synchronized String describe() {
        if (batches == 0) {
            return "no batch committed";
        }
        return String.format(Locale.ROOT, "%d batches of %.0f handled events on average; per batch: handlers %.1f ms (%.1f ms CPU), "
                        + "writes and commit %.1f ms (%.1f ms CPU)", batches, (double) events / batches,
                handleNanos / 1e6 / batches, handleCpuNanos / 1e6 / batches, writeNanos / 1e6 / batches, writeCpuNanos / 1e6 / batches);
    }

    synchronized long handledEvents() {
        return events;
    }

    synchronized long batches() {
        return batches;
    }

    /** CPU of the thread inside batches: handlers, then writes and commit. */
    synchronized long[] cpuInBatches() {
        return new long[] {handleCpuNanos, writeCpuNanos};
    }
}
