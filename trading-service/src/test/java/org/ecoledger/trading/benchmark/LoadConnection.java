package org.ecoledger.trading.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * One connection's thread, sending one request at a time. Closed loop: the next request goes as
 * soon as the last is answered. Open loop: the connections share one schedule of due times at the
 * target rate and take its slots in turn; latency counts from the slot's due time, so when every
 * connection is busy the requests waiting for one are charged the wait (no coordinated omission),
 * and the number of connections bounds the requests in flight.
 */
final class LoadConnection implements Runnable {

    /** The phases on the {@link System#nanoTime()} clock: warm-up from start, measured from measureFrom, nothing sent from end. */
    record Phases(long start, long measureFrom, long end) {

        boolean measures(long nanoTime) {
            return nanoTime >= measureFrom && nanoTime < end;
        }

        double measuredSeconds() {
            return (end - measureFrom) / 1e9;
        }
    }

    private final LoopbackHttp http;
    private final OrderMix mix;
    private final Participants participants;
    private final Phases phases;
    /** Open loop only: the next slot of the shared schedule, and the time between slots. */
    private final AtomicLong schedule;
    private final double slotNanos;
    private final LongAdder answered;
    private final CountDownLatch readingsTaken;
    private final Stalls stalls;
    private final Outcomes outcomes = new Outcomes();
    /**
     * The warm-up's requests go here too, as if measured, and are dropped: a branch first taken when
     * the measured phase starts makes the JIT compiler drop the compiled loop at that moment.
     */
    private final Outcomes rehearsal = new Outcomes();

    /**
     * @param answered      counts every answer of every connection, for the progress lines
     * @param readingsTaken the thread lives on until the CPU readings after the measured phase are
     *                      taken, so that its CPU time can still be read
     * @param stalls        is given each request's due time and latency
     */
    LoadConnection(LoopbackHttp http, OrderMix mix, Participants participants, Phases phases, AtomicLong schedule, double slotNanos,
                   LongAdder answered, CountDownLatch readingsTaken, Stalls stalls) {
        this.http = http;
        this.mix = mix;
        this.participants = participants;
        this.phases = phases;
        this.schedule = schedule;
        this.slotNanos = slotNanos;
        this.answered = answered;
        this.readingsTaken = readingsTaken;
        this.stalls = stalls;
    }

    Outcomes outcomes() {
        return outcomes;
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (RuntimeException | Error e) {
            outcomes.stopped(e);
        } finally {
            http.close();
            awaitReadings();
        }
    }

    private void loop() {
        while (true) {
            long due = schedule == null ? System.nanoTime() : phases.start() + (long) (schedule.getAndIncrement() * slotNanos);
            // An open-loop run behind its schedule stops at the end too; the report counts the slots never sent.
            if (due >= phases.end() || System.nanoTime() >= phases.end()) {
                return;
            }
            sleepUntil(due);
            OrderMix.Request request = mix.next();
            String token = participants.token(request.enterprise());
            LoopbackHttp.Reply reply = request.json() == null
                    ? http.delete(request.path(), token)
                    : http.post(request.path(), token, request.json());
            long latency = System.nanoTime() - due;
            OrderMix.Answered answers = mix.answered(request, reply);
            boolean measured = phases.measures(due);
            outcomes.record(request, reply, answers, latency, measured);
            if (!measured) {
                rehearsal.record(request, reply, answers, latency, true);
            }
            stalls.record(due, latency);
            answered.increment();
        }
    }

    private void awaitReadings() {
        try {
            readingsTaken.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
