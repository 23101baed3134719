package org.ecoledger.permit.benchmark;

import org.ecoledger.local.RunningService;
import org.ecoledger.permit.support.Requests;
import org.ecoledger.permit.support.RunningPermitService;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Permit commands per second and their latency through the HTTP API: the real service on
 * embedded PostgreSQL and the in-JVM Kafka broker, driven over loopback by client threads that
 * take permits from application to reinstatement. A benchmark, not a test: it reports figures
 * and fails (exit status 1) only when a command did. Run it with the {@code benchmark} Maven
 * profile; see the module README.
 */
public final class PermitApiBenchmark {

    /** A backlog that takes longer than this to drain is reported as not caught up. */
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);

    private PermitApiBenchmark() {
    }

    public static void main(String[] args) {
        // Exits explicitly in every case: the in-JVM Kafka broker's threads would otherwise keep the JVM, and Maven, waiting.
        try {
            System.exit(run(BenchmarkSettings.fromSystemProperties()));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static int run(BenchmarkSettings settings) throws InterruptedException {
        // Axon's update check reaches for the internet; offline it logs a stack trace in the middle of the run.
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (RunningService service = RunningPermitService.start(schema())) {
            PermitHttp http = new PermitHttp(port(service));
            progress("registering %d enterprises", settings.enterprises());
            EnterprisePool enterprises = EnterprisePool.register(http, settings.enterprises());
            BenchmarkReport.Run run = measure(service, settings, http, enterprises);
            System.out.println();
            System.out.println(BenchmarkReport.markdown(run));
            return run.tally().failures().isEmpty() ? 0 : 1;
        }
    }

    private static BenchmarkReport.Run measure(RunningService service, BenchmarkSettings settings, PermitHttp http,
                                               EnterprisePool enterprises) throws InterruptedException {
        Window window = Window.startingNow(settings);
        List<BenchmarkClient> clients = clients(settings, window, http, enterprises);
        List<Thread> threads = start(clients);
        progress("warming up for %d s (%s, %d clients)", settings.warmup().toSeconds(), settings.mode(), settings.clients());
        Window.sleepUntil(window.measureStart());
        progress("measuring for %d s", settings.duration().toSeconds());
        Optional<ProcessHandle> postgres = CpuSample.postgresServer(postgresPort(service));
        CpuSample before = CpuSample.now(postgres);
        Window.sleepUntil(window.end());
        CpuSample.Use cpu = CpuSample.now(postgres).since(before);
        Map<String, Long> backlog = ProcessorBacklog.of(service);
        for (Thread thread : threads) {
            thread.join();
        }
        progress("waiting for the event processors to catch up");
        Optional<Duration> caughtUp = ProcessorBacklog.drain(service, CATCH_UP_LIMIT);
        return new BenchmarkReport.Run(settings, window, merged(clients), cpu, backlog, caughtUp);
    }

    /** In an open-loop run the clients' schedules are staggered so that commands are due evenly, not in bursts. */
    private static List<BenchmarkClient> clients(BenchmarkSettings settings, Window window, PermitHttp http, EnterprisePool enterprises) {
        long interval = settings.clientIntervalNanos();
        List<BenchmarkClient> clients = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            long firstDue = window.start() + interval * i / settings.clients();
            clients.add(new BenchmarkClient(http, enterprises, Requests.CHENGDU_REVIEWER_TOKEN, window, interval, firstDue));
        }
        return clients;
    }

    private static List<Thread> start(List<BenchmarkClient> clients) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Thread thread = new Thread(clients.get(i), "benchmark-client-" + i);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static Tally merged(List<BenchmarkClient> clients) {
        Tally total = new Tally();
        clients.forEach(client -> total.addAll(client.tally()));
        return total;
    }

    /** A schema of its own per run, so that a rerun starts from empty tables like the first. */
    private static String schema() {
        return "permit_benchmark_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    }

    private static int port(RunningService service) {
        return Integer.parseInt(service.bean(Environment.class).getRequiredProperty("local.server.port"));
    }

    private static int postgresPort(RunningService service) {
        String jdbcUrl = service.bean(Environment.class).getRequiredProperty("spring.datasource.url");
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
    }

    private static void progress(String pattern, Object... arguments) {
        System.out.println("benchmark: " + String.format(pattern, arguments));
    }
}
