package org.ecoledger.monitoring.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulator's command line (see {@link SimulatorOptions#USAGE} and monitoring-ingest's
 * README): reads or registers the devices, runs them, prints a progress report every few seconds
 * and a final one, the last also as one JSON line starting {@value #REPORT_PREFIX} for scripts.
 */
public final class SimulatorCommand {

    public static final String REPORT_PREFIX = "SIMULATOR-REPORT ";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private SimulatorCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(SimulatorOptions.USAGE);
            return;
        }
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args, Instant.now());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        List<DeviceSpec> devices = devices(options);
        double speed = options.speedFor(devices.size());
        var clock = SimulatedClock.startingNow(options.start(), speed);
        System.out.printf("%d devices to %s:%d, simulated time from %s at %.1f× real time (%.0f frames/s expected)%n", devices.size(),
                options.settings().host(), options.settings().port(), options.start(), speed,
                speed * devices.size() * options.settings().uploadsPerSimulatedSecond());
        var simulator = DeviceSimulator.start(options.settings(), clock, devices, AckedUpload.Listener.NONE);
        var reported = new AtomicBoolean();
        Runnable finalReport = () -> {
            if (reported.compareAndSet(false, true)) {
                SimulatorReport report = simulator.report();
                simulator.close();
                System.out.println("Final:\n" + report.text());
                System.out.println(REPORT_PREFIX + json(report));
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(finalReport, "simulator-report"));
        long started = System.nanoTime();
        long deadline = options.duration() == null ? Long.MAX_VALUE : started + options.duration().toNanos();
        long warmedUp = started + options.warmup().toNanos();
        boolean measuring = options.warmup().isZero();
        while (System.nanoTime() < deadline) {
            long next = measuring ? deadline : Math.min(deadline, warmedUp);
            long wait = Math.min(options.reportEvery().toNanos(), next - System.nanoTime());
            if (simulator.awaitFinished(Duration.ofNanos(Math.max(0, wait)))) {
                break;
            }
            if (!measuring && System.nanoTime() >= warmedUp) {
                measuring = true;
                simulator.startWindow();
                System.out.println("Warm-up over; measuring from here.");
            }
            System.out.println(simulator.report().text());
        }
        finalReport.run();
        System.exit(0);
    }

    private static List<DeviceSpec> devices(SimulatorOptions options) throws IOException {
        List<DeviceSpec> devices = new ArrayList<>();
        if (options.devicesFile() != null) {
            for (String line : Files.readAllLines(options.devicesFile())) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split(",");
                SourceKind kind = fields.length > 2 ? SourceKind.parse(fields[2]) : options.kind();
                String scenario = fields.length > 3 ? fields[3] : options.scenario();
                devices.add(DeviceSpec.of(fields[0].strip(), fields[1].strip(), kind, Scenario.parse(kind, scenario, options.start())));
            }
        }
        if (options.register() > 0) {
            var registrar = new DeviceRegistrar(options.api(), options.token());
            Scenario scenario = Scenario.parse(options.kind(), options.scenario(), options.start());
            for (int number = 1; number <= options.register(); number++) {
                String mn = DeviceRegistrar.mnFor(options.enterprise(), options.outlet(), number);
                String password = registrar.register(mn, options.enterprise(), options.outlet(), options.settings().minuteInterval(),
                        Duration.ofSeconds(30));
                devices.add(DeviceSpec.of(mn, password, options.kind(), scenario));
            }
            System.out.printf("Registered %d devices to %s %s (MN %s…)%n", options.register(), options.enterprise(), options.outlet(),
                    devices.get(devices.size() - 1).mn().substring(0, 10));
        }
        return devices;
    }

    static String json(SimulatorReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
