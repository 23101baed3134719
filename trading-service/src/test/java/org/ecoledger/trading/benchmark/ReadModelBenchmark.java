package org.ecoledger.trading.benchmark;

import jdk.jfr.Recording;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ecoledger.local.EmbeddedPostgresServer;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The read model alone: how many events a second the tracking processor {@code trading-views}
 * handles, and the CPU it takes per event, when it replays a filled event store from the start.
 * The store is filled by the real service under the end-to-end benchmark's closed-loop load (order
 * batches of 20 from 128 connections, 100 enterprises, 4 markets), so it holds the ledger's real
 * events in that mix: orders placed, trades settled, cancellations and refusals. Then the
 * processor's token is reset (its reset handler empties the tables) and it runs the store again,
 * as many times as asked; the first replays warm the JIT compiler, the last is the figure. The
 * Kafka publication is stopped throughout, so the processor and PostgreSQL have the machine.
 * <p>
 * A benchmark, not a test: run it with the {@code benchmark} Maven profile and
 * {@code -Dbenchmark.main=ReadModelBenchmark}; see the module README. Properties:
 * {@code benchmark.events} (events to fill the store with, 600,000), {@code benchmark.replays} (3),
 * {@code benchmark.store} (a PostgreSQL data directory to keep the filled store in and to reuse on
 * the next run; a fresh temporary one otherwise) and {@code benchmark.jfr} (a flight recording of
 * the replays).
 */
public final class ReadModelBenchmark {

    private static final String SCHEMA = "trading_read_model_benchmark";
    private static final String VIEWS = "trading-views";
    private static final String PUBLICATION = "trading-publication";
    private static final int CONNECTIONS = 128;
    private static final int ENTERPRISES = 100;
    private static final int MARKETS = 4;
    private static final int BATCH = 20;

    private ReadModelBenchmark() {
    }

    public static void main(String[] args) {
        // Explicit in every case: the in-JVM Kafka broker's threads would otherwise keep the JVM, and Maven, waiting.
        try {
            run();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long target = Long.parseLong(BenchmarkSettings.property("benchmark.events", "600000"));
        int replays = Integer.parseInt(BenchmarkSettings.property("benchmark.replays", "3"));
        Optional<Path> jfr = Optional.of(BenchmarkSettings.property("benchmark.jfr", "")).filter(p -> !p.isEmpty()).map(Path::of);
        Optional<Path> kept = Optional.of(BenchmarkSettings.property("benchmark.store", "")).filter(p -> !p.isEmpty()).map(Path::of);
        Path dataDirectory = kept.isPresent() ? kept.get() : Files.createTempDirectory("read-model-benchmark-postgres");
        // A data directory of its own gives the server PostgreSQL's normal durability (fsync, synchronous commit), as in the end-to-end benchmark.
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            if (kept.isEmpty()) {
                TradingOrderBenchmark.deleteRecursively(dataDirectory);
            }
        }, "benchmark-postgres-shutdown"));
        Map<String, Object> connection = Map.of("spring.datasource.url", postgres.jdbcUrl(SCHEMA),
                "spring.datasource.username", postgres.user(), "spring.datasource.password", postgres.password());
        try (RunningService service = RunningTradingService.start(SCHEMA, Clock.systemUTC(), connection)) {
            processor(service, PUBLICATION).shutDown();
            StreamingEventProcessor views = processor(service, VIEWS);
            views.shutDown();
            long head = ServiceProbe.head(service);
            if (head < target) {
                head = fill(service, target, head);
            } else {
                TradingOrderBenchmark.progress("the store in %s holds %d events already", dataDirectory, head);
            }
            TradingOrderBenchmark.progress("%s", eventMix(service));
            ProcessorBatches batches = new ProcessorBatches();
            ((EventProcessor) views).registerHandlerInterceptor(batches);
            MachineUse machine = new MachineUse(List.of(), TradingOrderBenchmark.postgresPort(service));
            DatabaseWork database = new DatabaseWork(service.bean(DataSource.class));
            Recording recording = jfr.map(path -> TradingOrderBenchmark.startRecording()).orElse(null);
            List<String> results = new ArrayList<>();
            for (int replay = 1; replay <= replays; replay++) {
                results.add(replay(service, views, batches, machine, database, head, replay));
            }
            if (recording != null) {
                recording.stop();
                recording.dump(jfr.get());
                TradingOrderBenchmark.progress("flight recording of the replays written to %s", jfr.get());
            }
            System.out.println();
            System.out.println("Read model replays of " + head + " events (" + Instant.now() + ", PostgreSQL "
                    + new JdbcTemplate(service.bean(DataSource.class)).queryForObject("SHOW fsync", String.class) + " fsync):");
            results.forEach(System.out::println);
        }
    }

    /** The end-to-end benchmark's closed-loop load until the store holds {@code target} events. */
    private static long fill(RunningService service, long target, long head) throws InterruptedException {
        TradingOrderBenchmark.progress("filling the event store to %d events with order batches of %d from %d connections", target, BATCH, CONNECTIONS);
        Participants participants = Participants.fund(service.api(), ENTERPRISES, OrderMix.MARKETS.subList(0, MARKETS));
        int port = Integer.parseInt(service.bean(Environment.class).getRequiredProperty("local.server.port"));
        AtomicBoolean full = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            OrderMix mix = new OrderMix(i, participants, MARKETS, BATCH);
            Thread thread = new Thread(() -> {
                try (LoopbackHttp http = new LoopbackHttp(port)) {
                    while (!full.get()) {
                        OrderMix.Request request = mix.next();
                        LoopbackHttp.Reply reply = http.post(request.path(), participants.token(request.enterprise()), request.json());
                        if (reply.status() != 200) {
                            throw new IllegalStateException("an order batch was answered " + reply.status() + ": " + reply.body());
                        }
                        mix.answered(request, reply);
                    }
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                    full.set(true);
                }
            }, "benchmark-fill-" + i);
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        while (!full.get()) {
            Thread.sleep(1_000);
            head = ServiceProbe.head(service);
            full.compareAndSet(false, head >= target);
            if ((System.nanoTime() - started) / 1_000_000_000L % 10 == 0) {
                TradingOrderBenchmark.progress("%d events stored", head);
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("filling the store failed", failures.get(0));
        }
        head = ServiceProbe.head(service);
        TradingOrderBenchmark.progress("%d events stored in %.0f s", head, (System.nanoTime() - started) / 1e9);
        return head;
    }

    private static String replay(RunningService service, StreamingEventProcessor views, ProcessorBatches batches, MachineUse machine,
                                 DatabaseWork database, long head, int replay) throws InterruptedException {
        views.resetTokens();
        batches.clear();
        System.gc();
        JdbcTemplate jdbc = new JdbcTemplate(service.bean(DataSource.class));
        Map<String, long[]> tablesBefore = tableWork(jdbc);
        DatabaseWork.Reading databaseBefore = database.read();
        MachineUse.Reading before = machine.read();
        long from = System.nanoTime();
        views.start();
        long position = -1;
        long nextProgress = from + 10_000_000_000L;
        while (position < head) {
            Thread.sleep(20);
            position = views.processingStatus().values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
            if (System.nanoTime() >= nextProgress) {
                TradingOrderBenchmark.progress("replay %d: at event %d of %d", replay, position, head);
                nextProgress += 10_000_000_000L;
            }
        }
        long wall = System.nanoTime() - from;
        long threadCpu = batches.threadCpuNanos();
        MachineUse.Reading after = machine.read();
        DatabaseWork.Reading databaseAfter = database.read();
        Map<String, long[]> tablesAfter = tableWork(jdbc);
        views.shutDown();
        long[] inBatches = batches.cpuInBatches();
        double seconds = wall / 1e9;
        String line = String.format(Locale.ROOT,
                "replay %d: %.1f s, %,.0f events/s; %s thread CPU %.1f us/event (handlers %.1f, writes and commit %.1f, "
                        + "between batches %.1f); JVM CPU %.1f us/event, PostgreSQL %.1f us/event; %s; GC %d collections, %.2f s; "
                        + "JIT %.1f s; load average %s -> %s",
                replay, seconds, head / seconds, VIEWS, threadCpu / 1e3 / head, inBatches[0] / 1e3 / head, inBatches[1] / 1e3 / head,
                (threadCpu - inBatches[0] - inBatches[1]) / 1e3 / head, (after.process() - before.process()) / 1e3 / head,
                (after.postgres() - before.postgres()) / 1e3 / head, batches.describe(), after.gcCount() - before.gcCount(),
                (after.gcMillis() - before.gcMillis()) / 1e3, (after.jitMillis() - before.jitMillis()) / 1e3, before.loadAverage(),
                after.loadAverage());
        TradingOrderBenchmark.progress("%s", line);
        TradingOrderBenchmark.progress("%s", DatabaseWork.describe(databaseBefore, databaseAfter, seconds, head, database.largestRelations(6),
                database.sharedBuffers()).replace("order and cancellation", "event"));
        StringBuilder tables = new StringBuilder("tables (sequential scans, rows they read, index scans, rows inserted, updated, "
                + "updated HOT, autovacuums, autoanalyzes):");
        tablesAfter.forEach((table, counts) -> {
            long[] was = tablesBefore.getOrDefault(table, new long[counts.length]);
            tables.append(' ').append(table);
            for (int i = 0; i < counts.length; i++) {
                tables.append(i == 0 ? " " : "/").append(counts[i] - was[i]);
            }
        });
        TradingOrderBenchmark.progress("%s", tables);
        statements(jdbc, head).forEach(statement -> TradingOrderBenchmark.progress("%s", statement));
        return line;
    }

    /**
     * PostgreSQL's time per statement of the replay, when the server was started with
     * {@code shared_preload_libraries = 'pg_stat_statements'} (for a kept store, a line in its
     * {@code postgresql.auto.conf}); nothing otherwise. The counts are reset after each replay.
     */
    private static List<String> statements(JdbcTemplate jdbc, long events) {
        if (!jdbc.queryForObject("SHOW shared_preload_libraries", String.class).contains("pg_stat_statements")) {
            return List.of();
        }
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA public");
        List<String> lines = jdbc.query("""
                        SELECT calls, total_exec_time, total_plan_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
                        FROM public.pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 12""",
                (rs, n) -> String.format(Locale.ROOT, "  %.1f us/event executing, %.1f planning, %d calls, %d rows: %s",
                        rs.getDouble(2) * 1e3 / events, rs.getDouble(3) * 1e3 / events, rs.getLong(1), rs.getLong(4), rs.getString(5)));
        jdbc.execute("SELECT public.pg_stat_statements_reset()");
        return lines;
    }

    /** PostgreSQL's counts of what was done to each table of the schema: a plan gone wrong shows as sequential scans. */
    private static Map<String, long[]> tableWork(JdbcTemplate jdbc) {
        Map<String, long[]> work = new TreeMap<>();
        jdbc.query("""
                        SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_hot_upd,
                               autovacuum_count, autoanalyze_count
                        FROM pg_stat_user_tables WHERE schemaname = current_schema()""",
                rs -> {
                    long[] counts = new long[8];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    work.put(rs.getString(1), counts);
                });
        return work;
    }

    /** What the store holds, by payload type: the mix the processor replays. */
    private static String eventMix(RunningService service) {
        StringBuilder mix = new StringBuilder("events by type:");
        new JdbcTemplate(service.bean(DataSource.class)).query(
                "SELECT payloadType, count(*) FROM DomainEventEntry GROUP BY payloadType ORDER BY 2 DESC",
                rs -> {
                    String type = rs.getString(1);
                    mix.append(' ').append(type.substring(type.lastIndexOf('.') + 1)).append(' ').append(rs.getLong(2));
                });
        return mix.toString();
    }

    private static StreamingEventProcessor processor(RunningService service, String name) {
        return service.bean(EventProcessingConfiguration.class).eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }
}
