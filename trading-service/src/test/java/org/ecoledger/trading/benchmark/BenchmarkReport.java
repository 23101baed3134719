package org.ecoledger.trading.benchmark;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One run's figures as Markdown, to paste into the README. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Everything a run saw, gathered by {@link TradingOrderBenchmark}. */
    /** @param answeredInPhase answers that came in the measured phase, whenever their requests were due */
    record Run(BenchmarkSettings settings, LoadConnection.Phases phases, Outcomes outcomes, long answeredInPhase, MachineUse.Use cpu,
               ServiceProbe.Reading before, ServiceProbe.Reading after, Map<String, Long> backlogAtEnd, Optional<Duration> caughtUpAfter,
               String durability, String snapshots, String database, String stalls) {
    }

    static String markdown(Run run) {
        BenchmarkSettings settings = run.settings();
        double seconds = run.phases().measuredSeconds();
        Outcomes outcomes = run.outcomes();
        Histogram all = outcomes.all();
        StringBuilder md = new StringBuilder();
        md.append(format("### Orders end to end, %s, %d connections%n%n", settings.mode(), settings.connections()));
        md.append(format("%s UTC on %s. PostgreSQL with %s. Load average %s before the measured phase and %s after. "
                        + "Warm-up %d s, measured %d s; %d enterprises, %d markets. Latency counts from %s.%n%n",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), machine(), run.durability(), run.cpu().loadBefore(), run.cpu().loadAfter(),
                settings.warmup().toSeconds(), settings.duration().toSeconds(), settings.enterprises(), settings.markets(),
                settings.openLoop() ? "each request's scheduled time" : "each request's send"));
        md.append("| Requests | Requests/s | Orders and cancels/s | Orders placed/s | Trades/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | Errors |\n");
        md.append("|---------:|-----------:|---------------------:|----------------:|---------:|-------:|-------:|-------:|---------:|-------:|-------:|\n");
        md.append(format("| %d | %.0f | %.0f | %.0f | %.0f | %s | %s | %s | %s | %s | %d |%n%n", all.getTotalCount(), outcomes.done() / seconds,
                outcomes.items() / seconds, outcomes.placed() / seconds, outcomes.trades() / seconds, millis(all, 50), millis(all, 90), millis(all, 99), millis(all, 99.9),
                millis(all, 100), outcomes.measuredErrors()));
        if (settings.openLoop()) {
            long due = Math.round(settings.rate().getAsDouble() * seconds);
            md.append(format("Of the %d requests due in the measured phase, %d were sent before it ended; the rest waited for a free "
                    + "connection past the end and are in no figure. Answers in the measured phase, whenever their requests were due "
                    + "(a run behind its schedule works off the warm-up's): %.0f/s.%n%n", due, all.getTotalCount(),
                    run.answeredInPhase() / seconds));
        }
        md.append("| Request | Count | p50 ms | p99 ms | max ms |\n|---------|------:|-------:|-------:|-------:|\n");
        outcomes.byKind().forEach((kind, h) -> md.append(format("| %s | %d | %s | %s | %s |%n", kind.label, h.getTotalCount(),
                millis(h, 50), millis(h, 99), millis(h, 100))));
        md.append(System.lineSeparator());
        if (!outcomes.refusals().isEmpty()) {
            md.append("Refused by the ledger and recorded as events (alone answered 409, in a batch per item):");
            outcomes.refusals().forEach((kind, tally) -> md.append(format(" %s %d;", kind, tally.count())));
            md.append(System.lineSeparator()).append(System.lineSeparator());
        }
        long batches = run.after().batches() - run.before().batches();
        md.append(format("Order gateway: %.0f batches/s of %.1f orders and cancellations and %.1f ms each on average (decide, append, commit); "
                        + "the event store grew by %.0f events/s.%n%n", batches / seconds,
                batches == 0 ? 0 : (run.after().batchedRequests() - run.before().batchedRequests()) / batches,
                batches == 0 ? 0 : (run.after().batchNanos() - run.before().batchNanos()) / batches / 1e6,
                (run.after().headPosition() - run.before().headPosition()) / seconds));
        MachineUse.Use cpu = run.cpu();
        md.append(format("CPU in the measured phase, in cores: benchmark clients %.2f, service JVM (with Kafka broker) %.2f, PostgreSQL %s, "
                        + "everything else %s; whole machine %s of %d. In the same time the JIT compiler worked %.1f s, and the "
                        + "garbage collector (%s) made %d collections taking %.1f s.%n%n", cpu.clients(),
                cpu.service(), cores(cpu.postgres()), cores(cpu.others()), cores(cpu.machine()), Runtime.getRuntime().availableProcessors(),
                cpu.jitSeconds(), collector(), cpu.collections(), cpu.collectionSeconds()));
        md.append(format("%s%n%n", run.database()));
        md.append(format("%s%n", run.stalls()));
        md.append("Events the tracking processors had still to handle when the measured phase ended:");
        run.backlogAtEnd().forEach((processor, events) -> md.append(format(" %s %d;", processor, events)));
        md.append(run.caughtUpAfter().map(wait -> format(" all caught up %.1f s after the last request.%n", wait.toMillis() / 1e3))
                .orElse(format(" not caught up within a minute.%n")));
        md.append(format("%n%s%n", run.snapshots()));
        if (!outcomes.errors().isEmpty()) {
            md.append(format("%nErrors:%n"));
            outcomes.errors().forEach((kind, tally) -> md.append(format("- %s: %d, for example: %s%n", kind, tally.count(),
                    abbreviated(tally.example()))));
        }
        return md.toString();
    }

    private static String machine() {
        String model = "";
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            model = lines.filter(l -> l.startsWith("model name")).map(l -> " " + l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException e) {
            // the model is a detail
        }
        return format("%d cores%s, %s %s, max heap %d MB, %s", Runtime.getRuntime().availableProcessors(), model,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                writeback());
    }

    /**
     * When the kernel starts writing cached file changes back: with its defaults on a machine with
     * much memory, only their 30 s age does, and PostgreSQL's new pages then go to the disk in
     * bursts that hold up its commits (README, tenth round). Runs are comparable only with this.
     */
    private static String writeback() {
        try {
            String bytes = sysctl("dirty_background_bytes");
            String ratio = sysctl("dirty_background_ratio");
            String expire = sysctl("dirty_expire_centisecs");
            return format("kernel writeback from %s, or at %s cs old", "0".equals(bytes) ? ratio + " % of memory" : bytes + " bytes", expire);
        } catch (IOException | RuntimeException e) {
            return "kernel writeback settings unknown";
        }
    }

    /** Through a buffered reader: {@code Files.readString} got only the first character of these files on this machine. */
    private static String sysctl(String name) throws IOException {
        return Files.readAllLines(Path.of("/proc/sys/vm", name)).get(0).trim();
    }

    private static String collector() {
        var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String pauseTarget = ", pause target " + vm.getVMOption("MaxGCPauseMillis").getValue() + " ms";
        if (Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
            return "G1" + pauseTarget;
        }
        return Boolean.parseBoolean(vm.getVMOption("UseParallelGC").getValue()) ? "Parallel" + pauseTarget : "neither G1 nor Parallel";
    }

    private static String millis(Histogram histogram, double percentile) {
        long nanos = percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
        return format("%.1f", nanos / 1e6);
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "unknown" : format("%.2f", cores);
    }

    private static String abbreviated(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
