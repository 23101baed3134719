package org.ecoledger.trading.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What else went on while requests were slow. The p99 of one run is set by its slowest percent,
 * and on this machine the same code gave 68 and 425 ms twenty minutes apart, so the figure alone
 * cannot say what to change. Each measured request over the goal's 50 ms is kept with its due time
 * and latency; every 100 ms a sampler notes the collector's pause time so far, the JIT compiler's
 * time so far (code recompiled after a deoptimization runs slower until it is compiled again), what
 * PostgreSQL's checkpointer is waiting on (its fsyncs at the end of a checkpoint hold back the
 * commits behind them), the ledger snapshots serialized and stored so far (a serialization takes a
 * core for most of a second), the commits so far, and, for the bursts that none of those explained,
 * the machine's busy and stolen CPU, the log's fsyncs and their time, the pages the service's
 * backends had to write out of the shared buffers themselves, autovacuum, and what the backends
 * were waiting on. Each slow request is then put down to whatever overlapped its wait, and the
 * worst seconds are listed with what they held.
 */
final class Stalls {

    static final long SLOW_NANOS = 50_000_000L;
    private static final long SAMPLE_NANOS = 100_000_000L;
    /** A pause this long within a request's wait counts as a cause; the shortest young pauses are a few milliseconds. */
    private static final long GC_CAUSE_MILLIS = 10;
    /** JIT time within a request's wait that counts as a cause: a C2 compilation of a hot method takes tens of milliseconds. */
    private static final long JIT_CAUSE_MILLIS = 50;
    /** The hypervisor's time for other guests within a request's wait that counts as a cause; /proc/stat counts it in 10 ms ticks. */
    private static final long STEAL_CAUSE_MILLIS = 20;
    private static final int WORST_SECONDS = 15;
    private static final String SYNCING = "DataFileSync";
    private static final String IDLE = "CheckpointerMain";

    /**
     * One look at the machine; {@code at} on the {@link System#nanoTime()} clock, {@code autovacuum}
     * and {@code backendWaits} what was seen at that moment, the rest totals so far. PostgreSQL adds
     * a backend's WAL and I/O counts to its statistics at most once a second, so those are exact
     * only over a few seconds.
     */
    record Sample(long at, long gcPauseMillis, long jitMillis, String checkpointer, long snapshotsSerialized, double snapshotSerializeMillis,
                  long snapshotsStored, double snapshotStoreMillis, long commits, long walBytes, long walFullPages, long walSyncs,
                  long walSyncMicros, long backendWrites, long backendExtends, long backendFsyncs, long tempBytes, String autovacuum, String backendWaits, MachineUse.Ticks ticks) {
    }

    private record Slow(long due, long latency) {
    }

    private record Interval(long from, long to) {

        boolean overlaps(long start, long end) {
            return from < end && to > start;
        }
    }

    /**
     * The checkpointer's wait; commits; the log's bytes and full-page images; its fsyncs and their
     * time (timed only with {@code track_wal_io_timing}, which the sampler turns on); the relation
     * pages the service's backends wrote out of the shared buffers themselves and the fsyncs they did
     * themselves, work the background writer and the checkpointer do while they keep up; the pages
     * they added to relations; the bytes written to temporary files; which tables autovacuum workers
     * were on; what the service's active backends were waiting on ("CPU": on nothing).
     */
    private static final String SAMPLE_QUERY = """
            SELECT (SELECT coalesce(wait_event, 'running') FROM pg_stat_activity WHERE backend_type = 'checkpointer'),
                   (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()),
                   (SELECT wal_bytes::bigint FROM pg_stat_wal),
                   (SELECT wal_fpi FROM pg_stat_wal),
                   (SELECT wal_sync FROM pg_stat_wal),
                   (SELECT (wal_sync_time * 1000)::bigint FROM pg_stat_wal),
                   (SELECT coalesce(sum(writes), 0) FROM pg_stat_io WHERE backend_type = 'client backend' AND object = 'relation'),
                   (SELECT coalesce(sum(extends), 0) FROM pg_stat_io WHERE backend_type = 'client backend' AND object = 'relation'),
                   (SELECT coalesce(sum(fsyncs), 0) FROM pg_stat_io WHERE backend_type = 'client backend'),
                   (SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()),
                   (SELECT string_agg(DISTINCT regexp_replace(query, '^autovacuum: |[a-z0-9_]+\\.', '', 'g'), ', ')
                    FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE 'autovacuum:%'),
                   (SELECT string_agg(coalesce(wait_event, 'CPU'), ',') FROM pg_stat_activity
                    WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid())""";

    private final ConcurrentLinkedQueue<Slow> slow = new ConcurrentLinkedQueue<>();
    private final List<Sample> samples = new ArrayList<>();
    private final LoadConnection.Phases phases;
    private final long wallAtMeasureFrom;

    Stalls(LoadConnection.Phases phases) {
        this.phases = phases;
        this.wallAtMeasureFrom = System.currentTimeMillis() + (phases.measureFrom() - System.nanoTime()) / 1_000_000;
    }

    /** Called by the connections for every request, warm-up included, so that the JIT compiler sees both branches early; only the slow measured ones are kept. */
    void record(long due, long latencyNanos) {
        if (latencyNanos > SLOW_NANOS && phases.measures(due)) {
            slow.add(new Slow(due, latencyNanos));
        }
    }

    /**
     * Samples from the start of the warm-up until {@code stop} answers true, on the calling thread:
     * begun at the measured phase, its first look at the service's meters would be new code for the
     * JIT compiler there. The connection is the sampler's own, not one of the service's pool.
     */
    void sample(Supplier<Connection> database, MeterRegistry meters, BooleanSupplier stop) {
        LoadConnection.sleepUntil(phases.start());
        try (Connection connection = database.get(); Statement statement = connection.createStatement()) {
            timeWalSyncs(statement);
            for (long next = phases.start(); !stop.getAsBoolean(); next += SAMPLE_NANOS) {
                samples.add(sampleNow(statement, meters));
                LoadConnection.sleepUntil(next + SAMPLE_NANOS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the stall sampler lost its connection to PostgreSQL", e);
        }
    }

    private static Sample sampleNow(Statement statement, MeterRegistry meters) throws SQLException {
        long at = System.nanoTime();
        MachineUse.Ticks ticks = MachineUse.Ticks.read();
        Sample sample;
        try (ResultSet rs = statement.executeQuery(SAMPLE_QUERY)) {
            rs.next();
            Timer serialized = meters.find("ecoledger.trading.snapshot").tag("phase", "serialize").timer();
            Timer stored = meters.find("ecoledger.trading.snapshot").tag("phase", "store").timer();
            sample = new Sample(at, gcPauseMillis(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                    rs.getString(1) == null ? IDLE : rs.getString(1),
                    serialized == null ? 0 : serialized.count(), serialized == null ? 0 : serialized.totalTime(TimeUnit.MILLISECONDS),
                    stored == null ? 0 : stored.count(), stored == null ? 0 : stored.totalTime(TimeUnit.MILLISECONDS),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                    rs.getLong(10), rs.getString(11), rs.getString(12), ticks);
        }
        return sample;
    }

    /** The server's own setting, for the benchmark's server: without it {@code wal_sync_time} stays 0. Where it cannot be set, the times read 0. */
    private static void timeWalSyncs(Statement statement) {
        try {
            statement.execute("ALTER SYSTEM SET track_wal_io_timing = on");
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            System.out.println("benchmark: WAL fsyncs will not be timed: " + e.getMessage());
        }
    }

    /** Pauses only: G1's and Parallel's young and full collections; a concurrent collector's cycles stop nothing. */
    private static long gcPauseMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!collector.getName().contains("Concurrent")) {
                millis += Math.max(0, collector.getCollectionTime());
            }
        }
        return millis;
    }

    /** The slow requests, what overlapped them, and the worst seconds, as Markdown. */
    String describe(long measuredRequests) {
        List<Slow> requests = new ArrayList<>(slow);
        if (requests.isEmpty()) {
            return "No measured request took over 50 ms.";
        }
        if (samples.size() < 2) {
            return requests.size() + " measured requests took over 50 ms; too few samples to say what overlapped them.";
        }
        List<Interval> snapshots = snapshotWork();
        long withPause = 0;
        long withSync = 0;
        long withSnapshot = 0;
        long withJit = 0;
        long withVacuum = 0;
        long withSteal = 0;
        long withNone = 0;
        for (Slow request : requests) {
            long end = request.due() + request.latency();
            boolean pause = pauseMillisWithin(request.due(), end) >= GC_CAUSE_MILLIS;
            boolean sync = checkpointerWithin(request.due(), end).contains(SYNCING);
            boolean snapshot = snapshots.stream().anyMatch(stored -> stored.overlaps(request.due(), end));
            boolean jit = between(request.due(), end, Sample::jitMillis) >= JIT_CAUSE_MILLIS;
            boolean vacuum = !autovacuumWithin(request.due(), end).isEmpty();
            boolean steal = stealMillisWithin(request.due(), end) >= STEAL_CAUSE_MILLIS;
            withPause += pause ? 1 : 0;
            withSync += sync ? 1 : 0;
            withSnapshot += snapshot ? 1 : 0;
            withJit += jit ? 1 : 0;
            withVacuum += vacuum ? 1 : 0;
            withSteal += steal ? 1 : 0;
            withNone += pause || sync || snapshot || jit || vacuum || steal ? 0 : 1;
        }
        StringBuilder md = new StringBuilder(format("Of the %d measured requests, %d (%.2f %%) took over 50 ms. While they waited: a collector "
                        + "pause of %d ms or more for %d, PostgreSQL's checkpointer syncing data files for %d, a ledger snapshot being serialized "
                        + "or stored for %d, the JIT compiler working %d ms or more for %d, an autovacuum worker for %d, the hypervisor "
                        + "running something else on this VM's cores (steal) for %d ms or more for %d, none of these for %d (a request can "
                        + "have more than one). For comparison, over the whole measured phase an autovacuum worker was at work in %.0f %% of "
                        + "the samples and the machine was %.2f cores busy. The seconds with most of them (the time a request was due; what "
                        + "happened in that second; the log, its fsyncs and backends' own writes as PostgreSQL had counted them, which it does about once a "
                        + "second; what the service's active backends were seen waiting on in the ten samples):%n%n",
                measuredRequests, requests.size(), 100.0 * requests.size() / Math.max(1, measuredRequests), GC_CAUSE_MILLIS, withPause,
                withSync, withSnapshot, JIT_CAUSE_MILLIS, withJit, withVacuum, STEAL_CAUSE_MILLIS, withSteal, withNone,
                100.0 * samplesWithin(phases.measureFrom(), phases.end()).mapToInt(sample -> sample.autovacuum() == null ? 0 : 1)
                        .average().orElse(0),
                busyCoresWithin(phases.measureFrom(), phases.end())));
        md.append("| Second (UTC) | Over 50 ms | Max ms | Pauses ms | JIT ms | Checkpointer | Snapshot work, ms | Commits | Busy cores "
                + "| Steal ms | WAL MB, full pages | WAL fsyncs, avg ms | Backend writes, extends, fsyncs | Temp MB | Autovacuum | Backends waited on |\n");
        md.append("|--------------|-----------:|-------:|----------:|-------:|--------------|------------------:|--------:|-----------:"
                + "|---------:|-------------------:|-------------------:|--------------------------------:|--------:|------------|--------------------|\n");
        Map<Long, List<Slow>> bySecond = new TreeMap<>();
        requests.forEach(request -> bySecond.computeIfAbsent((request.due() - phases.measureFrom()) / 1_000_000_000L, s -> new ArrayList<>())
                .add(request));
        bySecond.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Long, List<Slow>> second) -> second.getValue().size()).reversed())
                .limit(WORST_SECONDS)
                .sorted(Map.Entry.comparingByKey())
                .forEach(second -> md.append(row(second.getKey(), second.getValue(), snapshots)));
        return md.toString();
    }

    private String row(long second, List<Slow> requests, List<Interval> snapshots) {
        long from = phases.measureFrom() + second * 1_000_000_000L;
        long to = from + 1_000_000_000L;
        long storedMillis = snapshots.stream().filter(stored -> stored.overlaps(from, to)).mapToLong(stored -> (stored.to() - stored.from()) / 1_000_000).sum();
        long maxMillis = requests.stream().mapToLong(Slow::latency).max().orElse(0) / 1_000_000;
        long fsyncs = between(from, to, Sample::walSyncs);
        return format("| %s | %d | %d | %d | %d | %s | %s | %d | %.2f | %d | %.1f, %d | %d, %s | %d, %d, %d | %.1f | %s | %s |%n",
                Instant.ofEpochMilli(wallAtMeasureFrom + second * 1_000).truncatedTo(ChronoUnit.SECONDS).toString().substring(11, 19),
                requests.size(), maxMillis, pauseMillisWithin(from, to), between(from, to, Sample::jitMillis),
                String.join(", ", checkpointerWithin(from, to)), storedMillis == 0 ? "" : Long.toString(storedMillis), commitsWithin(from, to),
                busyCoresWithin(from, to), stealMillisWithin(from, to), between(from, to, Sample::walBytes) / 1e6,
                between(from, to, Sample::walFullPages), fsyncs,
                fsyncs == 0 ? "–" : format("%.1f", between(from, to, Sample::walSyncMicros) / 1e3 / fsyncs),
                between(from, to, Sample::backendWrites), between(from, to, Sample::backendExtends), between(from, to, Sample::backendFsyncs),
                between(from, to, Sample::tempBytes) / 1e6, String.join(", ", autovacuumWithin(from, to)),
                backendWaitsWithin(from, to));
    }

    private double busyCoresWithin(long from, long to) {
        long all = between(from, to, sample -> sample.ticks().all());
        return all <= 0 ? Double.NaN : (double) between(from, to, sample -> sample.ticks().busy()) / all * Runtime.getRuntime().availableProcessors();
    }

    /** Ticks are hundredths of a second on Linux. */
    private long stealMillisWithin(long from, long to) {
        return between(from, to, sample -> sample.ticks().steal()) * 10;
    }

    private TreeSet<String> autovacuumWithin(long from, long to) {
        TreeSet<String> tables = new TreeSet<>();
        samplesWithin(from, to).map(Sample::autovacuum).filter(Objects::nonNull).forEach(tables::add);
        return tables;
    }

    /** The three waits seen most often, with how often: "WALSync 12, CPU 5". */
    private String backendWaitsWithin(long from, long to) {
        Map<String, Long> seen = new TreeMap<>();
        samplesWithin(from, to).map(Sample::backendWaits).filter(Objects::nonNull)
                .flatMap(waits -> Arrays.stream(waits.split(","))).forEach(wait -> seen.merge(wait, 1L, Long::sum));
        return seen.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(wait -> wait.getKey() + " " + wait.getValue()).collect(Collectors.joining(", "));
    }

    private Stream<Sample> samplesWithin(long from, long to) {
        return samples.stream().filter(sample -> sample.at() >= from - SAMPLE_NANOS && sample.at() <= to);
    }

    /** Pause time between the last sample before {@code from} and the first at or after {@code to}: a window's own pauses, rounded out to samples. */
    private long pauseMillisWithin(long from, long to) {
        return between(from, to, Sample::gcPauseMillis);
    }

    private long commitsWithin(long from, long to) {
        return between(from, to, Sample::commits);
    }

    private long between(long from, long to, ToLongFunction<Sample> total) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        for (Sample sample : samples) {
            if (sample.at() <= from) {
                first = sample;
            }
            if (sample.at() >= to) {
                last = sample;
                break;
            }
        }
        return total.applyAsLong(last) - total.applyAsLong(first);
    }

    /** What the checkpointer was seen waiting on at the samples within the window ("running" when it waited on nothing), idle left out. */
    private TreeSet<String> checkpointerWithin(long from, long to) {
        TreeSet<String> states = new TreeSet<>();
        samplesWithin(from, to).map(Sample::checkpointer).filter(state -> !IDLE.equals(state)).forEach(states::add);
        return states;
    }

    /** Each snapshot serialized and each stored, from its end (the sample after it) back by its own duration. */
    private List<Interval> snapshotWork() {
        List<Interval> work = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1);
            Sample after = samples.get(i);
            if (after.snapshotsSerialized() > before.snapshotsSerialized()) {
                work.add(endingAt(after, after.snapshotSerializeMillis() - before.snapshotSerializeMillis()));
            }
            if (after.snapshotsStored() > before.snapshotsStored()) {
                work.add(endingAt(after, after.snapshotStoreMillis() - before.snapshotStoreMillis()));
            }
        }
        return work;
    }

    private static Interval endingAt(Sample after, double millis) {
        return new Interval(after.at() - (long) (millis * 1_000_000) - SAMPLE_NANOS, after.at());
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
