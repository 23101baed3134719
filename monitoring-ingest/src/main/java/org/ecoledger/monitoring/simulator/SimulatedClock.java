package org.ecoledger.monitoring.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * The devices' clock: starts at {@code start} and runs {@code speed} times faster than real time,
 * so that a day of readings can pass in minutes. Real time is {@link System#nanoTime()} offsets,
 * passed in so that the mapping can be tested without waiting.
 */
public final class SimulatedClock {

    /**
     * The setting, and its value, that a platform fed by simulated devices runs with: their clocks run
     * ahead of real time, and the accounting would otherwise refuse their readings as dated ahead of
     * their receipt (and the HJ 212 server would set their clocks).
     */
    public static final String PLATFORM_LEEWAY_PROPERTY = "ecoledger.accounting.readings-dated-ahead-up-to";
    public static final String PLATFORM_LEEWAY = "3650d";

    private final Instant start;
    private final double speed;
    private final long startNanos;

    public SimulatedClock(Instant start, double speed, long startNanos) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the speed is a positive number, not " + speed);
        }
        this.start = start;
        this.speed = speed;
        this.startNanos = startNanos;
    }

    /** A clock starting now in real time. */
    public static SimulatedClock startingNow(Instant start, double speed) {
        return new SimulatedClock(start, speed, System.nanoTime());
    }

    public Instant start() {
        return start;
    }

    public double speed() {
        return speed;
    }

    /** The simulated instant at a real {@link System#nanoTime()} reading. */
    public Instant at(long nanoTime) {
        long simulatedNanos = (long) ((nanoTime - startNanos) * speed);
        return start.plusNanos(simulatedNanos);
    }

    public Instant now() {
        return at(System.nanoTime());
    }

    /** The real {@link System#nanoTime()} at which the simulated clock shows {@code instant}. */
    public long nanoTimeAt(Instant instant) {
        long simulatedNanos = Duration.between(start, instant).toNanos();
        return startNanos + (long) (simulatedNanos / speed);
    }
}
