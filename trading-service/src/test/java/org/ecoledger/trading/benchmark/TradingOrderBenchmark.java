package org.ecoledger.trading.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.ecoledger.local.Directories;
import org.ecoledger.local.EmbeddedPostgresServer;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Orders per second and their latency end to end: HTTP with a JWT per enterprise, the order
 * gateway's group commit, the ledger aggregate in Axon, and PostgreSQL as the event store, whose
 * commit comes before every answer. The real service runs in this JVM with the in-JVM Kafka
 * broker; PostgreSQL is a separate process, by default one of the benchmark's own with fsync on.
 * A benchmark, not a test: it reports figures and exits with 1 only when requests failed. Run it
 * with the {@code benchmark} Maven profile; see the module README.
 */
public final class TradingOrderBenchmark {

    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(1);
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    /** Setting up the markets and accounts is not measured; the load starts this long after. */
    private static final long START_DELAY_NANOS = 200_000_000L;

    private TradingOrderBenchmark() {
    }

    public static void main(String[] args) {
        // Explicit in every case: the in-JVM Kafka broker's threads would otherwise keep the JVM, and Maven, waiting.
        try {
            System.exit(run(BenchmarkSettings.fromSystemProperties()));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static int run(BenchmarkSettings settings) throws Exception {
        // Axon's update check reaches for the internet; offline it logs a stack trace in the middle of the run.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // A data directory of its own makes the embedded server keep PostgreSQL's normal durability (fsync, synchronous commit).
        Path dataDirectory = settings.fsync() ? Files.createTempDirectory("trading-benchmark-postgres") : null;
        EmbeddedPostgresServer durable = dataDirectory == null ? null : EmbeddedPostgresServer.start(dataDirectory, 0);
        String schema = "trading_benchmark_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        Map<String, Object> database = durable == null ? Map.of() : Map.of("spring.datasource.url", durable.jdbcUrl(schema),
                "spring.datasource.username", durable.user(), "spring.datasource.password", durable.password());
        // A hook, not a finally block: a run stopped with Ctrl+C must not leave its PostgreSQL server and data behind either.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (durable != null) {
                durable.close();
                deleteRecursively(dataDirectory);
            }
        }, "benchmark-postgres-shutdown"));
        try (RunningService service = RunningTradingService.start(schema, Clock.systemUTC(), database)) {
            List<String> markets = OrderMix.MARKETS.subList(0, settings.markets());
            progress("opening %d markets and funding %d enterprises", markets.size(), settings.enterprises());
            Participants participants = Participants.fund(service.api(), settings.enterprises(), markets);
            BenchmarkReport.Run run = measure(settings, service, participants);
            System.out.println();
            System.out.println(BenchmarkReport.markdown(run));
            progress("dropping the ledger from the cache and loading it again");
            System.out.println(LedgerReload.measure(service));
            return run.outcomes().errors().isEmpty() ? 0 : 1;
        }
    }

    private static BenchmarkReport.Run measure(BenchmarkSettings settings, RunningService service, Participants participants)
            throws Exception {
        int port = Integer.parseInt(service.bean(Environment.class).getRequiredProperty("local.server.port"));
        long start = System.nanoTime() + START_DELAY_NANOS;
        long measureFrom = start + settings.warmup().toNanos();
        LoadConnection.Phases phases = new LoadConnection.Phases(start, measureFrom, measureFrom + settings.duration().toNanos());
        AtomicLong schedule = settings.openLoop() ? new AtomicLong() : null;
        double slotNanos = settings.openLoop() ? 1e9 / settings.rate().getAsDouble() : 0;
        // From the start: a recording started on a warm JVM makes it drop compiled code, and the first seconds measured stall.
        Recording recording = settings.jfr().map(path -> startRecording()).orElse(null);
        LongAdder answered = new LongAdder();
        CountDownLatch readingsTaken = new CountDownLatch(1);
        Stalls stalls = new Stalls(phases);
        AtomicBoolean requestsDone = new AtomicBoolean();
        Thread sampler = new Thread(() -> stalls.sample(() -> ownConnection(service), service.bean(MeterRegistry.class), requestsDone::get),
                "benchmark-stall-sampler");
        sampler.start();
        List<LoadConnection> connections = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            LoadConnection connection = new LoadConnection(new LoopbackHttp(port), new OrderMix(i, participants, settings.markets(), settings.batch()),
                    participants, phases, schedule, slotNanos, answered, readingsTaken, stalls);
            connections.add(connection);
            Thread thread = new Thread(connection, "benchmark-connection-" + i);
            threads.add(thread);
            thread.start();
        }
        progress("warming up for %d s (%s, %d connections)", settings.warmup().toSeconds(), settings.mode(), settings.connections());
        MachineUse machine = new MachineUse(threads, postgresPort(service));
        ServiceProbe probe = new ServiceProbe(service);
        DatabaseWork database = new DatabaseWork(service.bean(DataSource.class));
        long middleOfWarmUp = phases.start() + (phases.measureFrom() - phases.start()) / 2;
        reportProgress(answered, phases.start(), middleOfWarmUp);
        rehearseReadings(machine, probe, database);
        reportProgress(answered, middleOfWarmUp, phases.measureFrom());
        progress("measuring for %d s from %s", settings.duration().toSeconds(), Instant.now());
        DatabaseWork.Reading databaseBefore = database.read();
        MachineUse.Reading machineBefore = machine.read();
        ServiceProbe.Reading serviceBefore = probe.read();
        long answeredBefore = answered.sum();
        reportProgress(answered, phases.measureFrom(), phases.end());
        long answeredInPhase = answered.sum() - answeredBefore;
        MachineUse.Reading machineAfter = machine.read();
        ServiceProbe.Reading serviceAfter = probe.read();
        DatabaseWork.Reading databaseAfter = database.read();
        readingsTaken.countDown();
        if (recording != null) {
            recording.stop();
            recording.dump(settings.jfr().get());
            progress("flight recording of warm-up and measurement (which ended at %s) written to %s", Instant.now(), settings.jfr().get());
        }
        Map<String, Long> backlog = probe.backlog();
        for (Thread thread : threads) {
            thread.join();
        }
        requestsDone.set(true);
        sampler.join();
        Outcomes outcomes = new Outcomes();
        connections.forEach(connection -> outcomes.addAll(connection.outcomes()));
        String databaseWork = DatabaseWork.describe(databaseBefore, databaseAfter, phases.measuredSeconds(), outcomes.items(),
                database.largestRelations(6), database.sharedBuffers());
        progress("waiting for the event processors to catch up");
        return new BenchmarkReport.Run(settings, phases, outcomes, answeredInPhase, machine.between(machineBefore, machineAfter),
                serviceBefore, serviceAfter, backlog, probe.awaitCaughtUp(CATCH_UP_LIMIT), durability(service), probe.snapshots(), databaseWork,
                stalls.describe(outcomes.all().getTotalCount()));
    }

    /**
     * The readings taken when the measured phase starts, taken once in the middle of the warm-up too,
     * when the service's code is compiled and time is left to compile it again. Their first
     * run goes through the service's own JDBC and meter code with new types and branches, and the
     * JIT compiler then drops that code, compiled for the service alone, and compiles it again: when
     * they were first taken at the measured phase's start, its first two seconds were slow (193
     * requests over 50 ms beside 1.6 s of the compiler's work, in one run).
     */
    private static void rehearseReadings(MachineUse machine, ServiceProbe probe, DatabaseWork database) {
        machine.read();
        probe.read();
        probe.backlog();
        database.read();
        database.largestRelations(6);
    }

    /** Answers per second every ten seconds until {@code until}: whether the rate holds or sinks as the run goes on. */
    private static void reportProgress(LongAdder answered, long from, long until) {
        long count = answered.sum();
        for (long tick = from + PROGRESS_EVERY_NANOS; tick <= until; tick += PROGRESS_EVERY_NANOS) {
            LoadConnection.sleepUntil(tick);
            long now = answered.sum();
            progress("%.0f answers/s in the last 10 s; load average %s", (now - count) / 10.0, MachineUse.loadAverage());
            count = now;
        }
        LoadConnection.sleepUntil(until);
    }

    /** A flight recording with the JDK's profile settings, started now; the read model's benchmark uses it too. */
    static Recording startRecording() {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return recording;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("the JFR profile settings could not be read", e);
        }
    }

    /** What the server says, not what was asked for. */
    private static String durability(RunningService service) {
        JdbcTemplate jdbc = new JdbcTemplate(service.bean(DataSource.class));
        return "fsync " + jdbc.queryForObject("SHOW fsync", String.class) + ", synchronous_commit "
                + jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }

    /** A connection of the benchmark's own, so that sampling takes none from the service's pool. */
    private static Connection ownConnection(RunningService service) {
        try {
            HikariDataSource pool = service.bean(DataSource.class).unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("the benchmark could not connect to PostgreSQL", e);
        }
    }

    static int postgresPort(RunningService service) {
        String jdbcUrl = service.bean(Environment.class).getRequiredProperty("spring.datasource.url");
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
    }

    /** Warns and goes on: it runs in a shutdown hook, after the figures, where a leftover directory is worth a line, not a stack trace. */
    static void deleteRecursively(Path directory) {
        try {
            Directories.deleteRecursively(directory);
        } catch (UncheckedIOException e) {
            System.err.println("benchmark: could not remove " + directory + ": " + e.getCause());
        }
    }

    static void progress(String pattern, Object... arguments) {
        System.out.println("benchmark: " + String.format(java.util.Locale.ROOT, pattern, arguments));
    }
}
