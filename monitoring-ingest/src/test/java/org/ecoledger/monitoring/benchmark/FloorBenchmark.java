package org.ecoledger.monitoring.benchmark;

import org.ecoledger.monitoring.simulator.DeviceRegistrar;
import org.ecoledger.monitoring.simulator.SimulatorReport;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The floor under the ingest's throughput on this machine: the CPU per frame of the parts that no
 * design of the ingest can remove, each measured alone at saturation.
 * <ol>
 *   <li>{@code tcp}: the end-to-end benchmark's simulator (its devices, frames and answer handling,
 *       in a JVM of its own, with the arguments of its saturation step) against
 *       {@link LeastHj212Server}, which only cuts frames and answers them;</li>
 *   <li>{@code kafka}: the two records the ingest writes per frame, through its producer settings to
 *       the platform's in-JVM broker, read back once read committed ({@link KafkaFloor});</li>
 *   <li>{@code kafka-streams}: the same, read back by Kafka Streams with exactly-once as the
 *       accounting runs it instead of by a plain consumer.</li>
 * </ol>
 * {@code benchmark.floor} chooses the parts (all three by default, in that order). Each reports
 * frames a second and the CPU of each JVM and of the machine per frame (from {@code /proc}). A
 * benchmark, not a test; run it with the {@code benchmark} Maven profile and
 * {@code -Dbenchmark.main=FloorBenchmark}, see the module README.
 */
public final class FloorBenchmark {

    /** A load device as the end-to-end benchmark registers it, with a password of the same length. */
    record LoadDevice(String mn, String password, String enterprise, String outlet) {
    }

    private FloorBenchmark() {
    }

    public static void main(String[] args) {
        // Exits explicitly: the broker's and Netty's threads would otherwise keep the JVM, and Maven, waiting.
        try {
            System.exit(run(IngestBenchmark.Settings.fromSystemProperties(), parts()));
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static List<String> parts() {
        String parts = System.getProperty("benchmark.floor", "").trim();
        return Arrays.asList((parts.isEmpty() ? "tcp,kafka,kafka-streams" : parts).split(","));
    }

    private static int run(IngestBenchmark.Settings settings, List<String> parts) throws Exception {
        String loadBefore = BenchmarkLoad.loadAverage();
        Instant started = Instant.now();
        List<LoadDevice> devices = loadDevices(settings.devices());
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder report = new StringBuilder();
        List<Double> machinePerFrame = new ArrayList<>();
        List<Double> processesPerFrame = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (String part : parts) {
            CpuTimes.Interval interval;
            switch (part.strip()) {
                case "tcp" -> {
                    progress("devices and TCP alone: %d devices, %.0f frames/s offered, %s warm-up, %s measured", devices.size(),
                            settings.saturationRate(), settings.warmup(), settings.duration());
                    interval = devicesAndTcp(settings, devices, report);
                }
                case "kafka", "kafka-streams" -> {
                    var reader = part.strip().equals("kafka") ? KafkaFloor.Reader.CONSUMER : KafkaFloor.Reader.STREAMS;
                    progress("Kafka alone, read back by %s: at most %d frames unanswered, %s warm-up, %s measured", reader,
                            devices.size(), settings.warmup(), settings.duration());
                    var result = KafkaFloor.run(reader, devices, settings.warmup(), settings.duration());
                    progress("Kafka alone done: %s", KafkaFloor.text(result));
                    interval = result.interval();
                    report.append(String.format(Locale.ROOT, "%n**Kafka alone, read back by %s**: %s%n%n", reader,
                            KafkaFloor.text(result)));
                    report.append(table(interval));
                }
                default -> throw new IllegalArgumentException("benchmark.floor names tcp, kafka or kafka-streams, not " + part);
            }
            measured.add(part.strip());
            machinePerFrame.add(interval.microsPerUnit(interval.machine().busy()));
            processesPerFrame.add(interval.processes().stream().mapToDouble(p -> interval.microsPerUnit(p.total())).sum());
        }
        report.append(String.format(Locale.ROOT,
                "%n| floor | µs CPU per frame, machine | µs CPU per frame, the JVMs alone |%n|---|---:|---:|%n"));
        for (int i = 0; i < measured.size(); i++) {
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", measured.get(i), machinePerFrame.get(i),
                    processesPerFrame.get(i)));
        }
        if (measured.contains("tcp") && (measured.contains("kafka") || measured.contains("kafka-streams"))) {
            int tcp = measured.indexOf("tcp");
            for (int i = 0; i < measured.size(); i++) {
                if (i == tcp) {
                    continue;
                }
                double machine = machinePerFrame.get(tcp) + machinePerFrame.get(i);
                double processes = processesPerFrame.get(tcp) + processesPerFrame.get(i);
                report.append(String.format(Locale.ROOT, "| tcp + %s | %.1f | %.1f |%n", measured.get(i), machine, processes));
                report.append(String.format(Locale.ROOT, "| ... frames/s that %d cores could carry at that cost | %.0f | %.0f |%n", cores,
                        cores * 1e6 / machine, cores * 1e6 / processes));
            }
        }
        report.append(String.format(Locale.ROOT, "| budget at 50,000 frames/s on %d cores | %.1f | |%n", cores, cores * 1e6 / 50_000));
        report.append(String.format(Locale.ROOT, "%nStarted %s, %d cores (%s); load average before / after: %s / %s%n", started, cores,
                ManagementFactory.getRuntimeMXBean().getVmVersion(), loadBefore, BenchmarkLoad.loadAverage()));
        System.out.println();
        System.out.println(report);
        return 0;
    }

    private static CpuTimes.Interval devicesAndTcp(IngestBenchmark.Settings settings, List<LoadDevice> devices, StringBuilder report)
            throws Exception {
        Path devicesFile = Files.createTempFile("floor-devices", ".csv");
        Files.write(devicesFile, devices.stream().map(d -> d.mn() + "," + d.password() + ",flue-gas").toList());
        try (var server = new LeastHj212Server(0)) {
            // The simulator's load lasts 10 s beyond the measured window, so that its start-up and end stay outside it.
            var simulatorSettings = new IngestBenchmark.Settings(settings.devices(), settings.rate(), settings.saturationRate(),
                    settings.warmup(), settings.duration().plusSeconds(10), settings.probes());
            SimulatorProcess simulator = SimulatorProcess.start("floor",
                    BenchmarkLoad.simulatorArguments(devicesFile, server.port(), settings.saturationRate(), simulatorSettings));
            long self = ProcessHandle.current().pid();
            Thread.sleep(settings.warmup().toMillis());
            long answeredBefore = server.answered();
            long selfCpuBefore = processCpuNanos();
            var start = CpuTimes.Sample.of(self, simulator.pid());
            Thread.sleep(settings.duration().toMillis());
            var end = CpuTimes.Sample.of(self, simulator.pid());
            long selfCpu = processCpuNanos() - selfCpuBefore;
            var interval = CpuTimes.Interval.between(start, end, server.answered() - answeredBefore,
                    List.of("this JVM: the least server", "simulator JVM"));
            SimulatorReport simulated = simulator.await(settings.warmup().plus(simulatorSettings.duration()).toSeconds() + 120);
            progress("devices and TCP done: %.0f frames/s answered by the server; the simulator:%n%s", interval.unitsPerSecond(),
                    simulated.text());
            report.append(String.format(Locale.ROOT, "%n**Devices and TCP alone**: the server answered %.0f frames/s (%d in %.1f s); "
                            + "the simulator counted %.0f answers/s over its %.0f s window, answer latency p50 / p99 %.1f / %.1f ms, "
                            + "%d timeouts; %d bytes or frames the server discarded; this JVM's CPU by OperatingSystemMXBean "
                            + "%.1f µs a frame%n%n",
                    interval.unitsPerSecond(), interval.units(), interval.seconds(), simulated.acknowledgedPerSecond(),
                    simulated.windowSeconds(), simulated.ackLatency().p50() / 1e3, simulated.ackLatency().p99() / 1e3, simulated.timeouts(),
                    server.discarded(), interval.microsPerUnit(selfCpu / 1e9)));
            report.append(table(interval));
            return interval;
        }
    }

    private static String table(CpuTimes.Interval interval) {
        return String.format(Locale.ROOT,
                "| over %.1f s, %.0f frames/s | cores busy | µs CPU per frame | user | system |%n|---|---:|---:|---:|---:|%n",
                interval.seconds(), interval.unitsPerSecond()) + interval.rows();
    }

    /** The end-to-end benchmark's load devices: the same MNs, enterprises and outlets, each with a password of six digits. */
    private static List<LoadDevice> loadDevices(int count) {
        List<String> enterprises = BenchmarkLoad.enterprises();
        List<LoadDevice> devices = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String enterprise = enterprises.get(d % enterprises.size());
            String outlet = BenchmarkLoad.outlet(d, enterprises.size());
            devices.add(new LoadDevice(DeviceRegistrar.mnFor(enterprise, outlet, d), String.format(Locale.ROOT, "%06d", d % 1_000_000),
                    enterprise, outlet));
        }
        return devices;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void progress(String format, Object... arguments) {
        System.out.printf("[floor %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, arguments));
    }
}
