package org.ecoledger.monitoring.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.simulator.AckedUpload;
import org.ecoledger.monitoring.simulator.DeviceRegistrar;
import org.ecoledger.monitoring.simulator.DeviceSimulator;
import org.ecoledger.monitoring.simulator.DeviceSpec;
import org.ecoledger.monitoring.simulator.Scenario;
import org.ecoledger.monitoring.simulator.SimulatedClock;
import org.ecoledger.monitoring.simulator.SimulatorReport;
import org.ecoledger.monitoring.simulator.SimulatorSettings;
import org.ecoledger.monitoring.simulator.SourceKind;
import org.ecoledger.monitoring.simulator.UploadPeriod;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.ecoledger.monitoring.support.StackPermits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ingest is stopped while devices stream, and started again on the same database, broker and
 * accounting state. The devices reconnect and send again what was not answered; in the end every
 * answered hourly reading is counted in the totals exactly once, and none is missing.
 */
class IngestRestartIT {

    private static final Logger log = LoggerFactory.getLogger(IngestRestartIT.class);
    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6RQ7R8X" + EnterpriseId.checkCharacter("91510104MA6RQ7R8X"));
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));
    private static final int DEVICES = 12;
    private static final int HOURS = 36;
    private static final Map<Pollutant, String> CODES = Map.of(Pollutant.SO2, "a21026", Pollutant.NOX, "a21002",
            Pollutant.PARTICULATE, "a34013");

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What the accounting must show for an answered hourly reading: its -Cou in kg as whole grams, rounded up. */
    private static long grams(AckedUpload hour, Pollutant pollutant) {
        return new BigDecimal(hour.value(CODES.get(pollutant) + "-Cou")).multiply(BigDecimal.valueOf(1000))
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }

    @Test
    void everyAcknowledgedReadingIsCountedOnceAfterTheIngestIsKilledMidStream(@TempDir Path stateDirectory) throws Exception {
        int hj212Port = freePort();
        Map<String, Object> settings = Map.of("ecoledger.hj212.port", String.valueOf(hj212Port),
                "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                "ecoledger.accounting.state-directory", stateDirectory.toString(),
                SimulatedClock.PLATFORM_LEEWAY_PROPERTY, SimulatedClock.PLATFORM_LEEWAY);
        var service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME, "monitoring_restart",
                Clock.systemUTC(), settings);
        try {
            MonitoringFixture.publish(StackPermits.withStacks(ENTERPRISE, RegionCode.of("510104"), DEVICES, "500", "800"));
            var registrar = new DeviceRegistrar(URI.create("http://localhost:" + service.bean(Environment.class).getProperty("local.server.port")),
                    REVIEWER);
            List<DeviceSpec> devices = new ArrayList<>();
            for (int d = 1; d <= DEVICES; d++) {
                String mn = DeviceRegistrar.mnFor(ENTERPRISE.value(), StackPermits.stack(d), d);
                String password = registrar.register(mn, ENTERPRISE.value(), StackPermits.stack(d), Duration.ofMinutes(30),
                        Duration.ofSeconds(60));
                devices.add(DeviceSpec.of(mn, password, SourceKind.FLUE_GAS, Scenario.NORMAL));
            }
            ApiClient api = service.api();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/devices/" + devices.get(DEVICES - 1).mn(), REVIEWER).status() == 200);

            Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant until = start.plus(Duration.ofHours(HOURS));
            SimulatorSettings simulation = SimulatorSettings.defaults("localhost", hj212Port)
                    .withMinuteInterval(Duration.ofMinutes(30))
                    .withPeriods(EnumSet.of(UploadPeriod.MINUTE, UploadPeriod.HOUR))
                    .until(until)
                    .withAnswerTimeout(Duration.ofSeconds(2))
                    .withFramesPerSecond(15);
            Map<String, AckedUpload> answeredHours = new ConcurrentHashMap<>();
            AckedUpload.Listener listener = acked -> {
                if (acked.period() == UploadPeriod.HOUR) {
                    answeredHours.putIfAbsent(acked.mn() + "/" + acked.dataTime(), acked);
                }
            };
            // Three simulated hours a second: the stream lasts about twelve seconds without a stop.
            try (var simulator = DeviceSimulator.start(simulation, SimulatedClock.startingNow(start, 3 * 3600), devices, listener)) {
                long totalFrames = (long) DEVICES * HOURS * 3;
                await().atMost(Duration.ofSeconds(60)).until(() -> simulator.report().acknowledged() > totalFrames / 3);
                long answeredBeforeStop = simulator.report().acknowledged();
                service.stop();
                log.info("Stopped the ingest after {} of {} frames were answered", answeredBeforeStop, totalFrames);
                assertThat(answeredBeforeStop).as("stopped mid-stream").isLessThan(totalFrames);
                Thread.sleep(2_000);
                service.start();

                assertThat(simulator.awaitFinished(Duration.ofSeconds(180))).as(simulator.report().text()).isTrue();
                SimulatorReport report = simulator.report();
                log.info("After the restart:\n{}", report.text());
                assertThat(report.lostConnections()).as("every device lost its connection in the stop").isGreaterThanOrEqualTo(DEVICES);
                assertThat(report.acknowledged()).isEqualTo(totalFrames);
            }
            assertThat(answeredHours).as("every hour of every device answered").hasSize(DEVICES * HOURS);

            ApiClient restarted = service.api();
            Map<Integer, Map<Pollutant, Long>> expectedTotals = new TreeMap<>();
            answeredHours.values().forEach(hour -> CODES.keySet().forEach(p -> expectedTotals
                    .computeIfAbsent(hour.dataTime().atOffset(Validity.CHINA).getYear(), y -> new TreeMap<>())
                    .merge(p, grams(hour, p), Long::sum)));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (var year : expectedTotals.entrySet()) {
                    var response = restarted.get("/api/emissions/enterprises/" + ENTERPRISE + "/years/" + year.getKey(), REVIEWER);
                    assertThat(response.status()).isEqualTo(200);
                    for (var total : year.getValue().entrySet()) {
                        JsonNode line = lineFor(response.body(), total.getKey());
                        assertThat(line.path("emitted").asLong()).as("%s in %s: %s", total.getKey(), year.getKey(), line)
                                .isEqualTo(total.getValue());
                        assertThat(line.path("substituted").asLong()).as("no hour missing or substituted").isZero();
                    }
                }
            });
            for (int d = 1; d <= DEVICES; d++) {
                DeviceSpec device = devices.get(d - 1);
                String series = "/api/emissions/enterprises/" + ENTERPRISE + "/outlets/" + StackPermits.stack(d) + "/pollutants/SO2/hours";
                JsonNode hours = restarted.get(series + "?from=" + start + "&to=" + until, REVIEWER).body();
                assertThat(hours.size()).as("hours of %s", StackPermits.stack(d)).isEqualTo(HOURS);
                for (JsonNode slot : hours) {
                    AckedUpload sent = answeredHours.get(device.mn() + "/" + Instant.parse(slot.path("hour").asText()));
                    assertThat(slot.path("kind").asText()).isEqualTo("MEASURED");
                    assertThat(slot.path("grams").asLong()).as("the hour counted once, as sent").isEqualTo(grams(sent, Pollutant.SO2));
                }
            }
        } finally {
            service.close();
        }
    }

    private static JsonNode lineFor(JsonNode account, Pollutant pollutant) {
        for (JsonNode line : account) {
            if (pollutant.name().equals(line.path("pollutant").asText())) {
                return line;
            }
        }
        throw new AssertionError("no " + pollutant + " in " + account);
    }
}
