package org.ecoledger.monitoring.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end over TCP with real Kafka: a registered device streams hourly data, the accounting
 * totals it against the permit's allowance, flags the enterprise once when the total is exceeded
 * and clears the flag when an amendment raises the allowance.
 */
class EmissionFlagsIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510700MA62A1B2C5");
    private static final String MN = "010000A8900016F000169DD1";
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-sichuan", "510000"));
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-mianyang", "510700"));
    private static final String OWNER = RunningService.tokenFor(LocalUser.enterprise("enterprise-mianyang", ENTERPRISE.value()));
    private static final String OTHER_ENTERPRISE = RunningService.tokenFor(LocalUser.enterprise("enterprise-other", "91510104MA6CG0LK2N"));

    @Test
    void anExceededAnnualTotalIsFlaggedOnceAndClearedWhenTheAllowanceRises(@TempDir Path stateDirectory) throws Exception {
        try (var service = MonitoringFixture.startWithOwnAccounting("monitoring_flags", stateDirectory)) {
            ApiClient api = service.api();
            // An allowance of 2 kg of SO2 a year: two hours at 1.25 kg exceed it.
            PermitIssued permit = MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510703"), "0.002");
            MonitoringFixture.publish(permit);
            Map<String, Object> registration = Map.of("mn", MN, "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "protocol", "HJ212_2017",
                    "dataIntervalSeconds", 3600);
            String password = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, registration);
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/emissions/flags", INSPECTOR).status() == 200);

            // The two hours before the current one, so that no earlier hour counts as missing data.
            LocalDateTime thisHour = LocalDateTime.now(Validity.CHINA).truncatedTo(ChronoUnit.HOURS);
            int year = thisHour.minusHours(2).getYear();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/emissions/enterprises/" + ENTERPRISE + "/years/" + year,
                    INSPECTOR).body().findValuesAsText("pollutant").contains("SO2"));
            try (var socket = new Socket("localhost", service.bean(Hj212Server.class).port())) {
                socket.setSoTimeout(10_000);
                for (LocalDateTime hour : List.of(thisHour.minusHours(2), thisHour.minusHours(1))) {
                    socket.getOutputStream().write(hourlyUpload(password, hour.format(DATA_TIME)));
                    assertThat(readFrame(socket.getInputStream())).contains("CN=9014");
                }
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode flags = api.get("/api/emissions/flags", INSPECTOR).body();
                assertThat(flags.findValuesAsText("kind")).as(flags.toString()).containsExactly("ANNUAL_TOTAL_EXCEEDED");
                JsonNode account = api.get("/api/emissions/enterprises/" + ENTERPRISE + "/years/" + year, INSPECTOR).body();
                assertThat(account.toString()).contains("\"pollutant\":\"SO2\"");
                assertThat(account.findValues("emitted").get(account.findValuesAsText("pollutant").indexOf("SO2")).asLong()).isEqualTo(2500);
            });
            assertThat(api.get("/api/emissions/flags", OWNER).body().findValuesAsText("kind")).as("the enterprise's own flags")
                    .containsExactly("ANNUAL_TOTAL_EXCEEDED");
            var othersFlags = api.get("/api/emissions/flags", OTHER_ENTERPRISE);
            assertThat(othersFlags.status()).isEqualTo(200);
            assertThat(othersFlags.body().findValuesAsText("enterpriseId")).as("another enterprise sees none of it")
                    .doesNotContain(ENTERPRISE.value());
            // Only this enterprise's flags: this test's accounting reads the shared topics from the start, so Chengdu flags
            // of the tests that ran before in this JVM may be open, depending on how far it has read them.
            assertThat(api.get("/api/emissions/flags",
                    RunningService.tokenFor(LocalUser.inspector("inspector-chengdu", "510100"))).body().findValuesAsText("enterpriseId"))
                    .as("another city's inspector sees none of it").doesNotContain(ENTERPRISE.value());

            // What permit-service's case handling and disclosure read: the month's tally and the open flag's progress.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<Map.Entry<String, JsonNode>> accounts = recordsAbout(Topics.EMISSION_ACCOUNTS.name());
                assertThat(accounts).anySatisfy(tally -> {
                    assertThat(tally.getKey()).isEqualTo("monthly-emission-tallied");
                    assertThat(tally.getValue().path("pollutant").asText()).isEqualTo("SO2");
                    assertThat(tally.getValue().path("emitted").asLong()).isEqualTo(2500);
                    assertThat(tally.getValue().path("allowance").asLong()).isEqualTo(2000);
                });
                assertThat(accounts).anySatisfy(progress -> {
                    assertThat(progress.getKey()).isEqualTo("violation-flag-continued");
                    assertThat(progress.getValue().path("kind").asText()).isEqualTo("ANNUAL_TOTAL_EXCEEDED");
                    assertThat(progress.getValue().path("exceeded").asLong()).isEqualTo(500);
                });
            });

            var raised = new PermitTerms(permit.terms().outlets(), List.of(new AnnualTotal(Pollutant.SO2, Mass.ofTonnes("120")),
                    new AnnualTotal(Pollutant.NOX, Mass.ofTonnes("180"))));
            MonitoringFixture.publish(new PermitAmended(permit.permitId(), permit.permitNumber(), ENTERPRISE, permit.region(), 2, raised,
                    "new allowance", permit.by(), Instant.now()));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<String> types = flagEventTypes();
                assertThat(types).containsSubsequence("violation-flag-raised", "violation-flag-cleared");
                assertThat(types.stream().filter("violation-flag-raised"::equals).count()).as("raised once per onset").isEqualTo(1);
                assertThat(api.get("/api/emissions/flags", INSPECTOR).body().size()).isZero();
            });
        }
    }

    private static byte[] hourlyUpload(String password, String dataTime) {
        var header = new Header(dataTime + "001", "31", "2061", password, MN, 5, null, null);
        return Hj212Encoder.encode(header, List.of(
                new CpItem("DataTime", dataTime),
                new CpItem("a21026-Avg", "30.5"), new CpItem("a21026-Cou", "1.25"), new CpItem("a21026-Flag", "N"),
                new CpItem("a00000-Avg", "11.1"), new CpItem("a00000-Cou", "40000"), new CpItem("a00000-Flag", "N")));
    }

    private static String readFrame(InputStream in) throws IOException {
        var frame = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            frame.append((char) b);
            if (b == '\n') {
                break;
            }
        }
        return frame.toString();
    }

    /** The flag events about this enterprise, in order, as a case-handling consumer would read them. */
    private static List<String> flagEventTypes() throws IOException {
        return recordsAbout(Topics.VIOLATION_FLAGS.name()).stream().map(Map.Entry::getKey).toList();
    }

    /** This enterprise's records on a topic keyed by enterprise, in order: their event type and body. */
    private static List<Map.Entry<String, JsonNode>> recordsAbout(String topic) throws IOException {
        var records = new ArrayList<Map.Entry<String, JsonNode>>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            for (int poll = 0; poll < 6; poll++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (ENTERPRISE.value().equals(record.key())) {
                        records.add(Map.entry(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8),
                                MonitoringFixture.JSON.readTree(record.value())));
                    }
                }
            }
        }
        return records;
    }
}
