package org.ecoledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.monitoring.simulator.AckedUpload;
import org.ecoledger.monitoring.simulator.DeviceRegistrar;
import org.ecoledger.monitoring.simulator.DeviceSimulator;
import org.ecoledger.monitoring.simulator.DeviceSpec;
import org.ecoledger.monitoring.simulator.Scenario;
import org.ecoledger.monitoring.simulator.SimulatedClock;
import org.ecoledger.monitoring.simulator.SimulatorSettings;
import org.ecoledger.monitoring.simulator.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's monitoring devices: Chengdu Power's three outlets each get a simulated data logger,
 * registered by the Chengdu reviewer through monitoring's device API (a device registered on an
 * earlier start gets a new password, since the registry shows one only once) and streaming HJ 212
 * over TCP by a clock that runs an hour a minute, so that a newcomer sees readings arrive and, with
 * unit 2's first hourly reading a minute after the start, its SO2 above the permit's limit and the
 * flag that follows.
 *
 * <p>Simulated time starts at the next whole hour, and never before the permit's validity: a
 * reading before the permit would be flagged as discharge without one. The time reached is kept in
 * the data folder, so that the next start goes on from there rather than repeating hours.
 */
final class DemoDevices implements AutoCloseable {

    /** Simulated seconds per real second: an hour of readings a minute. */
    static final double SPEED = 60;

    static final List<DemoDevice> DEVICES =
            List.of(
                    new DemoDevice(1, "DA001", SourceKind.FLUE_GAS, "normal", "unit 1 stack, within its limits"),
                    new DemoDevice(
                            2,
                            "DA002",
                            SourceKind.FLUE_GAS,
                            "concentration:a21026:48",
                            "unit 2 stack, SO2 at about 48 mg/m³, above its limit of 35"),
                    new DemoDevice(3, "DW001", SourceKind.WASTEWATER, "normal", "wastewater outlet, within its limits"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoDevices.class);
    private static final String CLOCK_FILE = "demo-devices-clock";
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Duration PERMIT_PATIENCE = Duration.ofSeconds(60);

    private final DeviceSimulator simulator;
    private final Path clockFile;
    private final String summary;

    /**
     * One logger of the demo.
     *
     * @param scenario as the simulator's command line reads it
     */
    record DemoDevice(int number, String outlet, SourceKind kind, String scenario, String description) {

        String mn() {
            return DeviceRegistrar.mnFor(DemoUsers.CHENGDU_POWER_CREDIT_CODE, outlet, number);
        }
    }

    private DemoDevices(DeviceSimulator simulator, Path clockFile, String summary) {
        this.simulator = simulator;
        this.clockFile = clockFile;
        this.summary = summary;
    }

    /**
     * Registers the devices and starts them. A device whose outlet the enterprise's permit does not
     * state (a data folder seeded by an older launcher) is left out.
     */
    static DemoDevices start(
            URI monitoringApi,
            int hj212Port,
            LocalTokenIssuer issuer,
            Path home,
            Instant now,
            Optional<LocalDate> permitValidFrom) {
        var registrar =
                new DeviceRegistrar(monitoringApi, issuer.mint(DemoUsers.REVIEWER_CHENGDU.user(), TOKEN_LIFETIME));
        Path clockFile = home.resolve(CLOCK_FILE);
        Instant start = simulationStart(now, savedClock(clockFile), permitValidFrom);
        List<DeviceSpec> specs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (DemoDevice device : DEVICES) {
            try {
                String password =
                        registrar.register(
                                device.mn(),
                                DemoUsers.CHENGDU_POWER_CREDIT_CODE,
                                device.outlet(),
                                Duration.ofMinutes(10),
                                PERMIT_PATIENCE);
                specs.add(
                        DeviceSpec.of(
                                device.mn(),
                                password,
                                device.kind(),
                                Scenario.parse(device.kind(), device.scenario(), start)));
                lines.add(device.outlet() + " " + device.mn() + ": " + device.description());
            } catch (IllegalStateException e) {
                LOG.warn("Demo: device {} for {} left out: {}", device.mn(), device.outlet(), e.getMessage());
            }
        }
        var clock = SimulatedClock.startingNow(start, SPEED);
        var simulator =
                DeviceSimulator.start(
                        SimulatorSettings.defaults("localhost", hj212Port), clock, specs, AckedUpload.Listener.NONE);
        LOG.info("Demo: {} devices streaming to port {}, simulated time from {}", specs.size(), hj212Port, start);
        String header =
                String.format(
                        java.util.Locale.ROOT,
                        "%d devices of chengdu-power on HJ 212 port %d, simulated time from %s (Beijing) at %.0f× real time",
                        specs.size(),
                        hj212Port,
                        LocalDateTime.ofInstant(start, Validity.CHINA),
                        SPEED);
        lines.add(0, header);
        return new DemoDevices(simulator, clockFile, String.join("\n", lines));
    }

    /** The next whole hour after now and after the time an earlier run reached, and not before the permit's validity. */
    static Instant simulationStart(Instant now, Optional<Instant> reachedBefore, Optional<LocalDate> permitValidFrom) {
        Instant from = reachedBefore.filter(reached -> reached.isAfter(now)).orElse(now);
        Instant start = from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant validity = permitValidFrom.map(day -> day.atStartOfDay().toInstant(Validity.CHINA)).orElse(Instant.MIN);
        return start.isBefore(validity) ? validity : start;
    }

    String summary() {
        return summary;
    }

    private static Optional<Instant> savedClock(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Instant.parse(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | java.time.format.DateTimeParseException e) {
            LOG.warn("Demo: ignoring the unreadable simulated time in {}", file);
            return Optional.empty();
        }
    }

    /** Keeps the simulated time reached for the next start, then stops the devices. */
    @Override
    public void close() {
        try {
            Files.writeString(clockFile, simulator.clock().now().toString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the simulated time in " + clockFile, e);
        } finally {
            LOG.info("Demo devices stopped: {}", simulator.report().text().lines().findFirst().orElse(""));
            simulator.close();
        }
    }
}
