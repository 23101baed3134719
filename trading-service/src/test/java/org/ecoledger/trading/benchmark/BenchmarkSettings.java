package org.ecoledger.trading.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One run's shape, from {@code -Dbenchmark.*} system properties (the Maven profile passes unset
 * ones on as empty strings, which mean "the default").
 *
 * @param connections HTTP connections, each with at most one request in flight: the bound on
 *                    concurrent orders, and so on the gateway's batch size
 * @param rate        requests per second for an open-loop run; empty for closed loop (as fast as answered)
 * @param batch       orders and cancellations per request: 1 sends each alone ({@code POST /api/trading/orders},
 *                    {@code DELETE …/orders/{id}}), more sends them as one order batch ({@code POST /api/trading/order-batches})
 * @param fsync       PostgreSQL flushes its log at every commit (its normal setting); off is the
 *                    test suite's faster setting, where a commit survives a crash of the service but
 *                    not of the machine
 * @param jfr         where to write a flight recording of the whole load (warm-up and measurement), if anywhere
 */
record BenchmarkSettings(Duration warmup, Duration duration, int connections, int enterprises, int markets, OptionalDouble rate,
                         int batch, boolean fsync, Optional<Path> jfr) {

    /** Tokens minted for a run live an hour; a longer run would measure 401s. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(45);

    BenchmarkSettings {
        if (warmup.isNegative() || duration.isZero() || duration.isNegative() || warmup.plus(duration).compareTo(LONGEST_RUN) > 0) {
            throw new IllegalArgumentException("benchmark.warmup >= 0 s, benchmark.duration >= 1 s, together at most "
                    + LONGEST_RUN.toMinutes() + " minutes");
        }
        if (connections < 1 || enterprises < 2 || markets < 1 || markets > OrderMix.MARKETS.size()) {
            throw new IllegalArgumentException("benchmark.connections >= 1, benchmark.enterprises >= 2, benchmark.markets 1.."
                    + OrderMix.MARKETS.size());
        }
        if (rate.isPresent() && !(rate.getAsDouble() > 0)) {
            throw new IllegalArgumentException("benchmark.rate must be a positive number of requests per second");
        }
        if (batch < 1 || batch > 200) {
            throw new IllegalArgumentException("benchmark.batch must be 1..200 orders and cancellations per request");
        }
    }

    /**
     * Five minutes of warm-up. On two shared cores, at full load, the throughput went on rising for
     * about two and a half minutes while the JIT compiler worked (in one run from 1,200 answers/s
     * after 20 s to 2,700 after 150 s). And the ledger changes state once: each enterprise remembers
     * its latest 10,000 client order IDs, and the first time those rings are full, after a million
     * orders (200 s at 5,000 orders placed/s), the compiled ledger code meets a branch it had never
     * taken and is compiled again. After three minutes of warm-up that fell in the first seconds
     * measured.
     */
    static BenchmarkSettings fromSystemProperties() {
        String rate = property("benchmark.rate", "");
        String jfr = property("benchmark.jfr", "");
        return new BenchmarkSettings(
                Duration.ofSeconds(Long.parseLong(property("benchmark.warmup", "300"))),
                Duration.ofSeconds(Long.parseLong(property("benchmark.duration", "60"))),
                Integer.parseInt(property("benchmark.connections", "128")),
                Integer.parseInt(property("benchmark.enterprises", "100")),
                Integer.parseInt(property("benchmark.markets", "4")),
                rate.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(rate)),
                Integer.parseInt(property("benchmark.batch", "1")),
                Boolean.parseBoolean(property("benchmark.fsync", "true")),
                jfr.isEmpty() ? Optional.empty() : Optional.of(Path.of(jfr)));
    }

    boolean openLoop() {
        return rate.isPresent();
    }

    String mode() {
        String loop = openLoop() ? String.format(java.util.Locale.ROOT, "open loop at %.0f requests/s", rate.getAsDouble()) : "closed loop";
        return batch == 1 ? loop : loop + ", " + batch + " orders and cancellations per request";
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? fallback : value;
    }
}
