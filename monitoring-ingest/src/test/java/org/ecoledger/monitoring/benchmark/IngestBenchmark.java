package org.ecoledger.monitoring.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.Directories;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.simulator.DeviceRegistrar;
import org.ecoledger.monitoring.simulator.DeviceSpec;
import org.ecoledger.monitoring.simulator.LatencyHistogram;
import org.ecoledger.monitoring.simulator.Scenario;
import org.ecoledger.monitoring.simulator.SimulatedClock;
import org.ecoledger.monitoring.simulator.SimulatorReport;
import org.ecoledger.monitoring.simulator.SourceKind;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.ecoledger.monitoring.support.StackPermits;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * End to end on one machine: monitoring-ingest on embedded PostgreSQL and the in-JVM Kafka broker in
 * this JVM, the device simulator's command in another, over loopback TCP. Four figures:
 * <ol>
 *   <li>heap after GC per 10,000 connected devices (each has sent one frame, so is authenticated
 *       and bound to its MN);</li>
 *   <li>frames a second answered at a fixed offered rate, with the answer latency (p50/p99);</li>
 *   <li>the frame-to-flag latency of probe devices sending a reading over their limit during
 *       that load;</li>
 *   <li>frames a second answered at saturation (the devices always have a backlog).</li>
 * </ol>
 * A benchmark, not a test: it reports figures and exits 1 only when it could not measure. Run it
 * with the {@code benchmark} Maven profile; see the module README.
 */
public final class IngestBenchmark {

    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-sichuan", "510000"));

    private IngestBenchmark() {
    }

    record Settings(int devices, double rate, double saturationRate, Duration warmup, Duration duration, int probes) {

        static Settings fromSystemProperties() {
            return new Settings(Integer.parseInt(property("benchmark.devices", "10000")), Double.parseDouble(property("benchmark.rate", "20000")),
                    Double.parseDouble(property("benchmark.saturation-rate", "200000")), Duration.parse(property("benchmark.warmup", "PT15S")),
                    Duration.parse(property("benchmark.duration", "PT60S")), Integer.parseInt(property("benchmark.probes", "200")));
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name, "").trim();
            return value.isEmpty() ? fallback : value;
        }
    }

    public static void main(String[] args) {
        // Exits explicitly: the in-JVM Kafka broker's threads would otherwise keep the JVM, and Maven, waiting.
        try {
            System.exit(run(Settings.fromSystemProperties()));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static int run(Settings settings) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        int port = freePort();
        String accountingId = "accounting-" + UUID.randomUUID();
        Path stateDirectory = Files.createTempDirectory("accounting");
        Map<String, Object> properties = Map.of("ecoledger.hj212.port", String.valueOf(port),
                "ecoledger.hj212.max-connections", String.valueOf(settings.devices() + settings.probes() + 1000),
                "ecoledger.accounting.application-id", accountingId,
                "ecoledger.accounting.state-directory", stateDirectory.toString(),
                SimulatedClock.PLATFORM_LEEWAY_PROPERTY, SimulatedClock.PLATFORM_LEEWAY,
                "logging.level.org.ecoledger.monitoring.ingest", "INFO");
        String load = BenchmarkLoad.loadAverage();
        String kafkaMetrics = System.getProperty("benchmark.kafka-metrics", "").trim();
        if (!kafkaMetrics.isEmpty()) {
            KafkaMetricsLog.start(Path.of(kafkaMetrics), accountingId);
        }
        try (var service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME,
                "monitoring_benchmark_" + System.currentTimeMillis(), Clock.systemUTC(), properties)) {
            var registrar = new DeviceRegistrar(URI.create("http://localhost:" + service.bean(Environment.class).getProperty("local.server.port")),
                    REVIEWER);
            List<String> enterprises = publishLoadPermits();
            String probeEnterprise = BenchmarkLoad.creditCode("91510700MA6PRB001");
            MonitoringFixture.publish(StackPermits.withStacks(EnterpriseId.of(probeEnterprise), RegionCode.of("510703"), settings.probes(),
                    "100000", "100000"));
            progress("registering %d devices and %d probes", settings.devices(), settings.probes());
            long registering = System.nanoTime();
            Path devicesFile = registerLoadDevices(registrar, enterprises, settings.devices());
            Map<String, String> probeOutlets = new HashMap<>();
            List<DeviceSpec> probes = registerProbes(registrar, probeEnterprise, settings.probes(), probeOutlets);
            progress("registered in %.0f s", (System.nanoTime() - registering) / 1e9);

            Memory memory = measureMemory(service, port, devicesFile, settings.devices());
            progress("heap after GC: %.1f MB idle, %.1f MB with %d devices connected", memory.idle / 1e6, memory.connected / 1e6,
                    memory.devices);

            progress("fixed rate: %.0f frames/s offered for %s after %s warm-up, with %d flag probes", settings.rate(),
                    settings.duration(), settings.warmup(), settings.probes());
            SimulatorProcess fixed = SimulatorProcess.start("fixed",
                    BenchmarkLoad.simulatorArguments(devicesFile, port, settings.rate(), settings));
            SimulatorReport fixedReport;
            LatencyHistogram flagLatency;
            try (var flags = new FlagProbes(probeEnterprise, probeOutlets)) {
                Thread.sleep(settings.warmup().toMillis());
                double perSecond = settings.probes() / (settings.duration().toSeconds() * 0.75);
                flags.start("localhost", port, probes, perSecond);
                fixedReport = fixed.await(settings.warmup().plus(settings.duration()).toSeconds() + 120);
                if (!flags.awaitFlags(settings.probes(), Duration.ofSeconds(60))) {
                    progress("not every probe was flagged within a minute of the load's end");
                }
                flagLatency = flags.latencies();
            }
            progress("fixed rate done:\n%s", fixedReport.text());

            progress("saturation: %.0f frames/s offered", settings.saturationRate());
            SimulatorReport saturated = SimulatorProcess.start("saturation",
                            BenchmarkLoad.simulatorArguments(devicesFile, port, settings.saturationRate(), settings))
                    .await(settings.warmup().plus(settings.duration()).toSeconds() + 120);
            progress("saturation done:\n%s", saturated.text());

            System.out.println();
            System.out.println(markdown(settings, memory, fixedReport, flagLatency, saturated, load, BenchmarkLoad.loadAverage()));
            return 0;
        } finally {
            // Only here, after the service and its Kafka Streams are closed: a running accounting still writes there.
            Directories.deleteRecursively(stateDirectory);
        }
    }

    record Memory(long idle, long connected, int devices) {
        double perTenThousand() {
            return (connected - idle) * 10_000.0 / devices;
        }
    }

    /**
     * Heap after GC without devices, then with every device connected and bound: each sends one
     * frame a simulated minute in real time, so within a minute all have sent one.
     */
    private static Memory measureMemory(RunningService service, int port, Path devicesFile, int devices) throws Exception {
        long idle = heapAfterGc();
        SimulatorProcess idleDevices = SimulatorProcess.start("connected", List.of("--devices-file", devicesFile.toString(),
                "--port", String.valueOf(port), "--speed", "1", "--minute-interval", "1", "--periods", "minute", "--duration", "PT150S",
                "--connects-per-second", "2000", "--report-every", "PT30S"));
        MeterRegistry meters = service.bean(MeterRegistry.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (meters.get("ecoledger.ingest.connections").gauge().value() < devices && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(75_000);
        int connected = (int) meters.get("ecoledger.ingest.connections").gauge().value();
        long withDevices = heapAfterGc();
        idleDevices.await(180);
        return new Memory(idle, withDevices, connected);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<String> publishLoadPermits() throws Exception {
        List<String> enterprises = BenchmarkLoad.enterprises();
        for (String enterprise : enterprises) {
            MonitoringFixture.publish(StackPermits.withStacks(EnterpriseId.of(enterprise), RegionCode.of("510104"),
                    BenchmarkLoad.OUTLETS_PER_ENTERPRISE, "100000", "100000"));
        }
        return enterprises;
    }

    /** Registers the load's devices, spread over the enterprises' outlets, and writes the simulator's devices file. */
    private static Path registerLoadDevices(DeviceRegistrar registrar, List<String> enterprises, int devices) throws Exception {
        List<String> lines = registerAll(devices, d -> {
            String enterprise = enterprises.get(d % enterprises.size());
            String outlet = BenchmarkLoad.outlet(d, enterprises.size());
            String mn = DeviceRegistrar.mnFor(enterprise, outlet, d);
            return mn + "," + registrar.register(mn, enterprise, outlet, Duration.ofMinutes(1), Duration.ofSeconds(120)) + ",flue-gas";
        });
        Path file = Files.createTempFile("benchmark-devices", ".csv");
        // the device passwords in it are the benchmark's alone and worth nothing after it
        file.toFile().deleteOnExit();
        Files.write(file, lines);
        return file;
    }

    private static List<DeviceSpec> registerProbes(DeviceRegistrar registrar, String enterprise, int probes, Map<String, String> outlets)
            throws Exception {
        List<String> registered = registerAll(probes, p -> {
            String mn = DeviceRegistrar.mnFor(enterprise, StackPermits.stack(p + 1), p);
            return mn + "," + registrar.register(mn, enterprise, StackPermits.stack(p + 1), Duration.ofHours(1), Duration.ofSeconds(120));
        });
        List<DeviceSpec> specs = new ArrayList<>();
        for (int p = 0; p < probes; p++) {
            String[] fields = registered.get(p).split(",");
            outlets.put(fields[0], StackPermits.stack(p + 1));
            specs.add(DeviceSpec.of(fields[0], fields[1], SourceKind.FLUE_GAS,
                    Scenario.concentrationAt(SourceKind.FLUE_GAS, "a21026", 60, Instant.MIN)));
        }
        return specs;
    }

    private static List<String> registerAll(int count, java.util.function.IntFunction<String> registration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> registration.apply(i))).toList();
            List<String> results = new ArrayList<>(count);
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf("[benchmark %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, arguments));
    }

    static String markdown(Settings settings, Memory memory, SimulatorReport fixed, LatencyHistogram flags, SimulatorReport saturated,
                           String loadBefore, String loadAfter) {
        return String.format(Locale.ROOT, """
                        | what | figure |
                        |---|---|
                        | devices | %d connected (%d probes besides) |
                        | heap after GC per 10,000 connected devices | %.1f MB (%.1f MB idle, %.1f MB with %d connected) |
                        | offered %.0f frames/s: answered | %.0f frames/s over %.0f s |
                        | answer latency at that rate, p50 / p99 / p99.9 | %.1f / %.1f / %.1f ms |
                        | due-to-answer latency at that rate, p99 | %.1f ms |
                        | frame to flag (%d probes), p50 / p99 / max | %.0f / %.0f / %.0f ms |
                        | saturation: answered | %.0f frames/s over %.0f s (offered %.0f) |
                        | answer latency at saturation, p50 / p99 | %.1f / %.1f ms |
                        | timeouts (fixed / saturation) | %d / %d |
                        | load average before / after | %s / %s |
                        """,
                memory.devices, settings.probes(), memory.perTenThousand() / 1e6, memory.idle / 1e6, memory.connected / 1e6, memory.devices,
                settings.rate(), fixed.acknowledgedPerSecond(), fixed.windowSeconds(),
                fixed.ackLatency().p50() / 1e3, fixed.ackLatency().p99() / 1e3, fixed.ackLatency().p999() / 1e3, fixed.dueToAck().p99() / 1e3,
                flags.count(), flags.percentile(0.5) / 1e3, flags.percentile(0.99) / 1e3, flags.percentile(1) / 1e3,
                saturated.acknowledgedPerSecond(), saturated.windowSeconds(), settings.saturationRate(),
                saturated.ackLatency().p50() / 1e3, saturated.ackLatency().p99() / 1e3, fixed.timeouts(), saturated.timeouts(),
                loadBefore, loadAfter);
    }
}
