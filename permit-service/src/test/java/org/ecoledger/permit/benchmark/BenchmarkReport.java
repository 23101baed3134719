package org.ecoledger.permit.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The figures of one run as Markdown, ready to paste into the README. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** What the run saw, gathered by {@link PermitApiBenchmark}. */
    record Run(BenchmarkSettings settings, Window window, Tally tally, CpuSample.Use cpu, Map<String, Long> backlogAtEnd,
               Optional<Duration> caughtUpAfter) {
    }

    static String markdown(Run run) {
        StringBuilder md = new StringBuilder();
        BenchmarkSettings settings = run.settings();
        md.append(format("### Permit API, %s, %d clients%n%n", settings.mode(), settings.clients()));
        md.append(format("%s on %s. Warm-up %d s, measured %d s, %d enterprises. Latency counts from %s.%n%n", LocalDate.now(),
                machine(), settings.warmup().toSeconds(), settings.duration().toSeconds(), settings.enterprises(),
                settings.openLoop() ? "each command's scheduled send time" : "each command's send"));
        md.append(summary(run));
        md.append(System.lineSeparator()).append(perCommand(run.tally()));
        md.append(System.lineSeparator()).append(cpu(run.cpu()));
        md.append(System.lineSeparator()).append(backlog(run));
        md.append(failures(run.tally()));
        return md.toString();
    }

    private static String summary(Run run) {
        Tally tally = run.tally();
        LatencySamples all = tally.all();
        String target = run.settings().rate().isPresent() ? format("%.0f/s", run.settings().rate().getAsDouble()) : "max";
        return format("""
                        | Mode | Clients | Target rate | Commands | Commands/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | Errors |
                        |------|--------:|------------:|---------:|-----------:|-------:|-------:|-------:|---------:|-------:|-------:|
                        | %s | %d | %s | %d | %.0f | %s | %s | %s | %s | %s | %d |
                        """,
                run.settings().mode(), run.settings().clients(), target, all.count(), tally.successes() / run.window().measuredSeconds(),
                millis(all.percentile(50)), millis(all.percentile(90)), millis(all.percentile(99)), millis(all.percentile(99.9)),
                millis(all.percentile(100)), tally.measuredFailures());
    }

    private static String perCommand(Tally tally) {
        StringBuilder table = new StringBuilder("""
                | Command | Commands | p50 ms | p99 ms | max ms |
                |---------|---------:|-------:|-------:|-------:|
                """);
        tally.byCommand().forEach((command, samples) -> table.append(format("| %s | %d | %s | %s | %s |%n", command.label(),
                samples.count(), millis(samples.percentile(50)), millis(samples.percentile(99)), millis(samples.percentile(100)))));
        return table.toString();
    }

    private static String cpu(CpuSample.Use cpu) {
        return format("CPU in the measured phase, in cores kept busy: this JVM (service, clients, Kafka broker) %.2f, "
                        + "of which the JIT compiler %s; PostgreSQL %s; the rest (kernel, other processes) %s; whole machine %s of %d.%n",
                cpu.jvmCores(), cores(cpu.jitCores()), cores(cpu.postgresCores()), cores(cpu.otherCores()), cores(cpu.machineCores()),
                Runtime.getRuntime().availableProcessors());
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "unknown" : format("%.2f", cores);
    }

    private static String backlog(Run run) {
        StringBuilder text = new StringBuilder("Events not yet handled by the tracking processors when the measured phase ended:");
        run.backlogAtEnd().forEach((processor, events) -> text.append(format(" %s %d;", processor, events)));
        text.append(run.caughtUpAfter()
                .map(wait -> format(" all caught up %.1f s after the last command.%n", wait.toMillis() / 1000.0))
                .orElse(format(" not caught up within the wait.%n")));
        return text.toString();
    }

    private static String failures(Tally tally) {
        StringBuilder text = new StringBuilder();
        if (!tally.failures().isEmpty()) {
            text.append(format("%nErrors:%n"));
            tally.failures().forEach((kind, failure) -> text.append(format("- %s: %d, for example: %s%n", kind, failure.count(),
                    abbreviated(failure.example()))));
        }
        return text.toString();
    }

    private static String machine() {
        return format("%d cores%s, %s %s, %s %s", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> " (" + line.substring(line.indexOf(':') + 1).trim() + ")")
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String millis(long nanos) {
        return format("%.1f", nanos / 1e6);
    }

    private static String abbreviated(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
