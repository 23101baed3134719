package org.ecoledger.trading.benchmark;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.local.RunningService;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Figures read inside the service: how the gateway batched, how far the event store's position moved and the processors trail it. */
final class ServiceProbe {

    /** The gateway's batch sizes and times, and the event store's head, at one moment. */
    record Reading(long batches, double batchedRequests, double batchNanos, long headPosition) {
    }

    private final RunningService service;

    ServiceProbe(RunningService service) {
        this.service = service;
    }

    Reading read() {
        MeterRegistry meters = service.bean(MeterRegistry.class);
        DistributionSummary sizes = meters.find("ecoledger.trading.order.batch.size").summary();
        Timer times = meters.find("ecoledger.trading.order.batch.duration").timer();
        return new Reading(sizes == null ? 0 : sizes.count(), sizes == null ? 0 : sizes.totalAmount(),
                times == null ? 0 : times.totalTime(TimeUnit.NANOSECONDS), head(service));
    }

    /** Events each tracking processor had still to handle (the read models, the Kafka publication), as the service gauges it. */
    Map<String, Long> backlog() {
        Map<String, Long> behind = new TreeMap<>();
        service.bean(MeterRegistry.class).find("ecoledger.processor.backlog").gauges()
                .forEach(gauge -> behind.put(gauge.getId().getTag("processor"), (long) gauge.value()));
        return behind;
    }

    /**
     * The ledger snapshots of the whole run, warm-up included: how long each held the ledger (orders
     * waited that long), how long from asking for the ledger, and what came after. A timer's maximum
     * covers only its last two minutes.
     */
    String snapshots() {
        MeterRegistry meters = service.bean(MeterRegistry.class);
        Timer held = meters.find("ecoledger.trading.snapshot").tag("phase", "held").timer();
        if (held == null || held.count() == 0) {
            return "Ledger snapshots in the whole run: none. " + restingOrders();
        }
        return restingOrders() + " " + String.format(java.util.Locale.ROOT, "Ledger snapshots in the whole run: %d; each held the ledger (the copy, which orders waited for) "
                        + "%.1f ms on average and %.1f ms at most in the last two minutes, %s from asking for it; then serializing took %s "
                        + "(%s of the snapshot thread's CPU) and storing %s. A snapshot was %s compressed on average, the largest of the last two minutes %s.",
                held.count(), held.mean(TimeUnit.MILLISECONDS), held.max(TimeUnit.MILLISECONDS),
                averageOf(meters, "locked"), averageOf(meters, "serialize"), cpuOfSerializing(meters), averageOf(meters, "store"),
                megabytes(meters, DistributionSummary::mean), megabytes(meters, DistributionSummary::max));
    }

    /** What the snapshots grow with besides the remembered client order IDs, from the read model once it has caught up. */
    private String restingOrders() {
        Long resting = new JdbcTemplate(service.bean(DataSource.class))
                .queryForObject("SELECT count(*) FROM trading_order WHERE status = 'OPEN'", Long.class);
        return String.format(java.util.Locale.ROOT, "The books held %,d resting orders at the end.", resting);
    }

    private static String cpuOfSerializing(MeterRegistry meters) {
        Timer cpu = meters.find("ecoledger.trading.snapshot.serialize.cpu").timer();
        return cpu == null ? "?" : String.format(java.util.Locale.ROOT, "%.0f ms", cpu.mean(TimeUnit.MILLISECONDS));
    }

    private static String megabytes(MeterRegistry meters, java.util.function.ToDoubleFunction<DistributionSummary> statistic) {
        DistributionSummary size = meters.find("ecoledger.trading.snapshot.size").summary();
        return size == null ? "?" : String.format(java.util.Locale.ROOT, "%.1f MB", statistic.applyAsDouble(size) / 1e6);
    }

    private static String averageOf(MeterRegistry meters, String phase) {
        Timer timer = meters.find("ecoledger.trading.snapshot").tag("phase", phase).timer();
        return timer == null ? "?" : String.format(java.util.Locale.ROOT, "%.0f ms", timer.mean(TimeUnit.MILLISECONDS));
    }

    /** How long the processors took to catch up after the load stopped, if they did within the limit. */
    Optional<Duration> awaitCaughtUp(Duration limit) throws InterruptedException {
        long from = System.nanoTime();
        while (System.nanoTime() - from < limit.toNanos()) {
            Map<String, Long> behind = backlog();
            if (!behind.isEmpty() && behind.values().stream().allMatch(events -> events <= 0)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - from));
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    /** The event store's head position. */
    static long head(RunningService service) {
        TrackingToken token = service.bean(EventStore.class).createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }
}
