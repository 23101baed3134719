package org.ecoledger.launcher;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoledger.local.EmbeddedInfrastructure;
import org.ecoledger.local.token.LocalSigningKey;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.ingest.Hj212Server;
import org.ecoledger.monitoring.simulator.SimulatedClock;
import org.ecoledger.permit.PermitServiceApplication;
import org.ecoledger.trading.TradingServiceApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM for the local run: embedded PostgreSQL and Kafka, a token endpoint
 * standing in for the identity provider, and every service, with data kept in a folder across
 * restarts. {@code -Decoledger.home=...} chooses the folder (default {@code ./.ecoledger}), {@code
 * -Ddemo} seeds demo data on first start.
 */
public final class LocalPlatform {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int TOKEN_PORT = 8080;

    static final ServiceSpec PERMIT_SERVICE =
            new ServiceSpec(
                    PermitServiceApplication.CONFIG_NAME, PermitServiceApplication.class, 8081, "permit");

    /** Also listens for HJ 212 devices on TCP port 9212 (its monitoring-ingest.yml). */
    static final ServiceSpec MONITORING_INGEST =
            new ServiceSpec(
                    MonitoringIngestApplication.CONFIG_NAME, MonitoringIngestApplication.class, 8083, "monitoring");

    static final ServiceSpec TRADING_SERVICE =
            new ServiceSpec(
                    TradingServiceApplication.CONFIG_NAME, TradingServiceApplication.class, 8082, "trading");

    /** Started in this order and stopped in the reverse one; a new service is one more entry. */
    static final List<ServiceSpec> SERVICES = List.of(PERMIT_SERVICE, TRADING_SERVICE, MONITORING_INGEST);

    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);

    private final LaunchOptions options;
    private final ShutdownSequence shutdown;
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    private LocalPlatform(LaunchOptions options, ShutdownSequence shutdown) {
        this.options = options;
        this.shutdown = shutdown;
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.fromSystemProperties();
        // A local run should neither advertise AxonIQ Console once per service nor report usage
        // data to AxonIQ from a developer's machine.
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("axoniq.update-checker.disabled", "true");
        ShutdownSequence shutdown = new ShutdownSequence();
        // Registered before anything starts, so Ctrl+C during startup still stops what did start.
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "ecoledger-shutdown"));
        try {
            new LocalPlatform(options, shutdown).start();
        } catch (RuntimeException e) {
            LOG.error("The local platform could not start", e);
            // Runs the shutdown hook, which stops whatever had started; their threads would keep the
            // JVM alive otherwise.
            System.exit(1);
        }
    }

    private void start() {
        Path home = options.home();
        LOG.info("Starting the local platform with data in {}", home);
        HostWriteback.ofThisHost().warning().ifPresent(LOG::warn);
        // The emission accounting's local state belongs with the broker's data it was built from, not
        // in a temporary folder that another data folder's run would find stale. A system property
        // outranks the service's own yml.
        System.setProperty(
                "ecoledger.accounting.state-directory",
                home.resolve("data").resolve("monitoring-accounting").toString());
        if (options.demo()) {
            // The demo's devices run simulated time sixty times faster than real time (DemoDevices).
            System.setProperty(SimulatedClock.PLATFORM_LEEWAY_PROPERTY, SimulatedClock.PLATFORM_LEEWAY);
        }
        long started = System.nanoTime();
        EmbeddedInfrastructure infrastructure =
                EmbeddedInfrastructure.start(home.resolve("data"), POSTGRES_PORT, KAFKA_PORT);
        shutdown.add("Kafka and PostgreSQL", infrastructure);
        started = phaseEnded("infrastructure", started);

        LocalSigningKey key = LocalSigningKey.loadOrCreate(home.resolve("keys"));
        LocalTokenIssuer issuer = LocalTokenIssuer.withDefaults(key);
        TokenServer tokens = TokenServer.start(TOKEN_PORT, issuer, DemoUsers.ALL);
        shutdown.add("token endpoint", tokens);
        Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();
        for (ServiceSpec service : SERVICES) {
            ConfigurableApplicationContext context = service.start(infrastructure, key.publicKeyPem());
            shutdown.add(service.name(), context);
            running.put(service.name(), context);
        }
        started = phaseEnded("services", started);

        PermitApiClient permits = new PermitApiClient(PERMIT_SERVICE.baseUri(), issuer);
        DemoSeeder seeder = new DemoSeeder(permits, home, Clock.systemUTC());
        String demo = demoData(seeder);
        started = phaseEnded("demo data", started);
        if (options.demo() && seeder.previousSummary().isPresent()) {
            demo += "\n" + demoDevices(permits, issuer, running.get(MONITORING_INGEST.name()));
            phaseEnded("demo devices", started);
        }

        Duration sinceJvmStart =
                Duration.between(
                        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                        Instant.now());
        System.out.println(
                new ReadyBanner(SERVICES, tokens.uri(), home, demo, sinceJvmStart, phases).render());
    }

    /**
     * Seeds on request when not seeded before. A failure leaves the platform running, since the
     * services themselves are fine and the log says what went wrong.
     */
    private String demoData(DemoSeeder seeder) {
        String previous = seeder.previousSummary().orElse(null);
        if (previous != null) {
            return (options.demo() ? "already there, not seeded again\n" : "present\n") + previous;
        }
        if (!options.demo()) {
            return "none (start with -Ddemo to seed some)";
        }
        try {
            return "seeded now\n" + seeder.seed();
        } catch (RuntimeException e) {
            LOG.error("Seeding the demo data failed; the next start with -Ddemo tries again", e);
            return "seeding failed, see the log above";
        }
    }

    /**
     * Starts the demo's simulated devices (see {@link DemoDevices}); like the demo data, a failure
     * leaves the platform running.
     */
    private String demoDevices(
            PermitApiClient permits, LocalTokenIssuer issuer, ConfigurableApplicationContext monitoring) {
        try {
            DemoDevices devices =
                    DemoDevices.start(
                            MONITORING_INGEST.baseUri(),
                            monitoring.getBean(Hj212Server.class).port(),
                            issuer,
                            options.home(),
                            Instant.now(),
                            permits.issuedPermitValidFrom(
                                    DemoUsers.CHENGDU_POWER, DemoUsers.CHENGDU_POWER_CREDIT_CODE));
            shutdown.add("demo devices", devices);
            return devices.summary();
        } catch (RuntimeException e) {
            LOG.error("The demo devices could not start; the platform runs without them", e);
            return "devices could not start, see the log above";
        }
    }

    /** Records how long the phase took and returns when the next one starts. */
    private long phaseEnded(String phase, long startedNanos) {
        long now = System.nanoTime();
        phases.put(phase, Duration.ofNanos(now - startedNanos));
        return now;
    }
}
