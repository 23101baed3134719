package org.ecoledger.monitoring.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the simulated devices run.
 *
 * @param minuteInterval       the loggers' MinInterval in simulated time: 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60 minutes
 * @param periods              which uploads the loggers make
 * @param until                simulated instant after which no period is generated; null to run until closed
 * @param answerTimeout        real time a logger waits for an answer before sending the frame again (HJ 212's OverTime)
 * @param framesPerSecond      the most frames a logger sends a second, catching up included; well below the server's per-device limit
 * @param threads              Netty event loops for all the connections
 * @param connectsPerSecond    how fast the devices connect at the start, so thousands do not arrive at once
 */
public record SimulatorSettings(String host, int port, Duration minuteInterval, Set<UploadPeriod> periods, Instant until,
                                Duration answerTimeout, double framesPerSecond, int threads, double connectsPerSecond,
                                FaultPlan faults) {

    private static final Set<Long> MIN_INTERVALS = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 10L, 12L, 15L, 20L, 30L, 60L);

    public SimulatorSettings {
        if (!MIN_INTERVALS.contains(minuteInterval.toMinutes()) || minuteInterval.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("HJ 212's MinInterval divides an hour (1 to 60 minutes), not " + minuteInterval);
        }
        periods = Set.copyOf(periods);
        if (periods.isEmpty() || framesPerSecond <= 0 || threads < 1 || connectsPerSecond <= 0) {
            throw new IllegalArgumentException("devices send something, at a positive rate, on at least one thread");
        }
    }

    /** Minute data every ten minutes, hourly and daily data, answers awaited 5 s, no faults. */
    public static SimulatorSettings defaults(String host, int port) {
        return new SimulatorSettings(host, port, Duration.ofMinutes(10), EnumSet.allOf(UploadPeriod.class), null,
                Duration.ofSeconds(5), 10, 1, 2000, FaultPlan.NONE);
    }

    public SimulatorSettings withMinuteInterval(Duration interval) {
        return new SimulatorSettings(host, port, interval, periods, until, answerTimeout, framesPerSecond, threads, connectsPerSecond,
                faults);
    }

    public SimulatorSettings withPeriods(Set<UploadPeriod> sent) {
        return new SimulatorSettings(host, port, minuteInterval, sent, until, answerTimeout, framesPerSecond, threads, connectsPerSecond,
                faults);
    }

    public SimulatorSettings until(Instant simulated) {
        return new SimulatorSettings(host, port, minuteInterval, periods, simulated, answerTimeout, framesPerSecond, threads,
                connectsPerSecond, faults);
    }

    public SimulatorSettings withAnswerTimeout(Duration timeout) {
        return new SimulatorSettings(host, port, minuteInterval, periods, until, timeout, framesPerSecond, threads, connectsPerSecond,
                faults);
    }

    public SimulatorSettings withFramesPerSecond(double perDevice) {
        return new SimulatorSettings(host, port, minuteInterval, periods, until, answerTimeout, perDevice, threads, connectsPerSecond,
                faults);
    }

    public SimulatorSettings withThreads(int count) {
        return new SimulatorSettings(host, port, minuteInterval, periods, until, answerTimeout, framesPerSecond, count, connectsPerSecond,
                faults);
    }

    public SimulatorSettings withConnectsPerSecond(double rate) {
        return new SimulatorSettings(host, port, minuteInterval, periods, until, answerTimeout, framesPerSecond, threads, rate, faults);
    }

    public SimulatorSettings withFaults(FaultPlan plan) {
        return new SimulatorSettings(host, port, minuteInterval, periods, until, answerTimeout, framesPerSecond, threads,
                connectsPerSecond, plan);
    }

    /** Uploads one device makes per simulated second: the simulated speed that gives a wanted rate. */
    public double uploadsPerSimulatedSecond() {
        double rate = 0;
        for (UploadPeriod period : periods) {
            rate += 1.0 / period.length(minuteInterval).toSeconds();
        }
        return rate;
    }

    /** The clock speed at which {@code devices} loggers together send {@code framesPerSecond}. */
    public double speedFor(double totalFramesPerSecond, int devices) {
        return totalFramesPerSecond / (devices * uploadsPerSimulatedSecond());
    }
}
