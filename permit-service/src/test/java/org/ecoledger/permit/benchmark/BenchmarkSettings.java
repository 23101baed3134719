package org.ecoledger.permit.benchmark;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The shape of one run, from {@code -Dbenchmark.*} system properties. Without a rate the clients
 * send as fast as answers come back (closed loop); with one they keep to a schedule whatever the
 * service does (open loop).
 */
record BenchmarkSettings(Duration warmup, Duration duration, int clients, int enterprises, OptionalDouble rate) {

    /** The tokens minted for a run live an hour; past it every command would be a 401 that says nothing about the service. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(50);

    BenchmarkSettings {
        if (warmup.isNegative() || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("benchmark.warmup must be at least 0 s and benchmark.duration at least 1 s");
        }
        if (warmup.plus(duration).compareTo(LONGEST_RUN) > 0) {
            throw new IllegalArgumentException("warm-up and measurement together may last at most " + LONGEST_RUN.toMinutes() + " minutes");
        }
        if (clients < 1 || enterprises < 1) {
            throw new IllegalArgumentException("benchmark.clients and benchmark.enterprises must be at least 1");
        }
        if (rate.isPresent() && !(rate.getAsDouble() > 0)) {
            throw new IllegalArgumentException("benchmark.rate must be a positive number of commands per second");
        }
    }

    /**
     * The default warm-up is long because on two busy cores the JIT compiler gets little CPU: it
     * took about two and a half minutes at full load before compilation died down.
     */
    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Duration.ofSeconds(whole("benchmark.warmup", 180)),
                Duration.ofSeconds(whole("benchmark.duration", 60)),
                (int) whole("benchmark.clients", 16),
                (int) whole("benchmark.enterprises", 200),
                rateProperty());
    }

    boolean openLoop() {
        return rate.isPresent();
    }

    /** The time between two commands of one client in an open-loop run; 0 in a closed-loop one. */
    long clientIntervalNanos() {
        return openLoop() ? Math.round(clients * 1e9 / rate.getAsDouble()) : 0;
    }

    String mode() {
        return openLoop() ? "open loop" : "closed loop";
    }

    // The Maven profile passes an unset property on as an empty string, so blank means "not given".
    private static long whole(String name, long fallback) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? fallback : Long.parseLong(value);
    }

    private static OptionalDouble rateProperty() {
        String value = System.getProperty("benchmark.rate", "").trim();
        return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }
}
