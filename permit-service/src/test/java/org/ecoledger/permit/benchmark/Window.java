package org.ecoledger.permit.benchmark;

import java.util.concurrent.locks.LockSupport;

/**
 * The run's phases on the {@link System#nanoTime()} clock: warm-up from {@code start},
 * measurement from {@code measureStart}, and no command sent from {@code end} on.
 */
record Window(long start, long measureStart, long end) {

    static Window startingNow(BenchmarkSettings settings) {
        long start = System.nanoTime();
        long measureStart = start + settings.warmup().toNanos();
        return new Window(start, measureStart, measureStart + settings.duration().toNanos());
    }

    /** Whether a command that started (or was due to start) at this time counts in the figures. */
    boolean measures(long nanoTime) {
        return nanoTime >= measureStart && nanoTime < end;
    }

    double measuredSeconds() {
        return (end - measureStart) / 1e9;
    }

    static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
