package org.ecoledger.monitoring.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A registered device streams over real TCP; readings land on real Kafka before the device hears its acknowledgement. */
class Hj212IngestIT {

    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CG0LK2N");
    private static final String MN = "010000A8900016F000169DC0";
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));

    /** The accounting's state; static, so that JUnit deletes it only after {@link #stop()} has closed Kafka Streams. */
    @TempDir
    static Path stateDirectory;
    private static RunningService service;
    private static ApiClient api;
    private static String password;

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME, "monitoring_ingest",
                Clock.systemUTC(), Map.of("ecoledger.hj212.port", "0",
                        "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                        "ecoledger.accounting.state-directory", stateDirectory.toString()));
        api = service.api();
        MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
        Map<String, Object> registration = Map.of("mn", MN, "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "protocol", "HJ212_2017",
                "dataIntervalSeconds", 3600);
        password = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, registration);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static byte[] hourlyUpload(String qn, String pw, String dataTime) {
        var header = new Header(qn, "31", "2061", pw, MN, 5, null, null);
        return Hj212Encoder.encode(header, List.of(
                new CpItem("DataTime", dataTime),
                new CpItem("a21026-Avg", "30.5"), new CpItem("a21026-Cou", "1.25"), new CpItem("a21026-Flag", "N"),
                new CpItem("a00000-Avg", "11.1"), new CpItem("a00000-Cou", "40000"), new CpItem("a00000-Flag", "N")));
    }

    private static String exchange(byte[] frame) throws IOException {
        return exchange(List.of(frame), 1).get(0);
    }

    /** Sends the frames on one connection, reading the given number of frames after each. */
    private static List<String> exchange(List<byte[]> frames, int answersEach) throws IOException {
        try (var socket = new Socket("localhost", service.bean(Hj212Server.class).port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            List<String> answers = new ArrayList<>();
            for (byte[] frame : frames) {
                out.write(frame);
                out.flush();
                for (int i = 0; i < answersEach; i++) {
                    answers.add(readFrame(socket.getInputStream()));
                }
            }
            return answers;
        }
    }

    private static LocalDateTime systemTimeOf(String frame) {
        Matcher time = Pattern.compile("SystemTime=(\\d{14})").matcher(frame);
        assertThat(time.find()).as("a SystemTime in " + frame).isTrue();
        return LocalDateTime.parse(time.group(1), DATA_TIME);
    }

    private static String readFrame(InputStream in) throws IOException {
        var bytes = new StringBuilder();
        try {
            int b;
            while ((b = in.read()) != -1) {
                bytes.append((char) b);
                if (bytes.length() > 1 && bytes.charAt(bytes.length() - 2) == '\r' && b == '\n') {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            return "";
        }
        return bytes.toString();
    }

    /** This device's readings on the topic; other tests' devices write there too. */
    private static List<JsonNode> readingsOnKafka() throws IOException {
        var found = new ArrayList<JsonNode>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEVICE_READINGS.name()));
            for (int poll = 0; poll < 6; poll++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (MN.equals(record.key())) {
                        found.add(MonitoringFixture.JSON.readTree(record.value()));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void anAcceptedUploadIsOnKafkaAndAcknowledgedWithItsQn() throws IOException {
        String answer = exchange(hourlyUpload("20261123100000001", password, "20261123100000"));
        assertThat(answer).startsWith("##").contains("QN=20261123100000001;ST=91;CN=9014").contains("MN=" + MN).endsWith("\r\n");

        List<JsonNode> readings = readingsOnKafka();
        assertThat(readings).anySatisfy(reading -> {
            assertThat(reading.path("mn").asText()).isEqualTo(MN);
            assertThat(reading.path("enterpriseId").asText()).isEqualTo(ENTERPRISE.value());
            assertThat(reading.path("period").asText()).isEqualTo("HOUR");
            assertThat(reading.path("dataTime").asText()).isEqualTo("2026-11-23T02:00:00Z");
            assertThat(reading.path("factors").findValuesAsText("code")).contains("a21026", "a00000");
        });
    }

    @Test
    void aDeviceAskingForTheTimeIsAnsweredAndSetToTheHostsBeijingTime() throws IOException {
        LocalDateTime before = LocalDateTime.now(Validity.CHINA).truncatedTo(ChronoUnit.SECONDS);
        byte[] ask = Hj212Encoder.encode(new Header("20261124100000001", "31", "1013", password, MN, 5, null, null), List.of());

        List<String> answers = exchange(List.of(ask), 2);

        assertThat(answers.get(0)).contains("QN=20261124100000001;ST=91;CN=9013;");
        assertThat(answers.get(1)).contains(";ST=31;CN=1012;PW=" + password + ";MN=" + MN + ";Flag=5;CP=&&SystemTime=");
        assertThat(systemTimeOf(answers.get(1))).isBetween(before, LocalDateTime.now(Validity.CHINA));
    }

    @Test
    void anUploadDatedHoursAfterItsReceiptMakesTheHostSetTheDevicesClockAndOneOnTimeDoesNot() throws IOException {
        // Long past, and an hour no other test of the device sends, so that no order of the tests makes it a duplicate.
        String onTime = "20260115110000";
        String ahead = LocalDateTime.now(Validity.CHINA).plusHours(3).truncatedTo(ChronoUnit.HOURS).format(DATA_TIME);

        List<String> answers = exchange(List.of(hourlyUpload("20261124120000001", password, onTime),
                hourlyUpload("20261124120000002", password, ahead)), 1);
        String setTime = exchange(List.of(hourlyUpload("20261124120000003", password, ahead)), 2).get(1);

        assertThat(answers.get(0)).contains("QN=20261124120000001;ST=91;CN=9014");
        assertThat(answers.get(1)).as("the on-time upload drew no request").contains("QN=20261124120000002;ST=91;CN=9014");
        assertThat(setTime).contains(";CN=1012;").contains("MN=" + MN);
    }

    @Test
    void aResentUploadIsAcknowledgedAgainButPublishedOnce() throws IOException {
        byte[] upload = hourlyUpload("20261123110000001", password, "20261123110000");
        assertThat(exchange(upload)).contains("CN=9014");
        assertThat(exchange(hourlyUpload("20261123110000002", password, "20261123110000"))).contains("CN=9014");
        assertThat(readingsOnKafka()).filteredOn(r -> r.path("dataTime").asText().equals("2026-11-23T03:00:00Z")).hasSize(1);
    }

    @Test
    void aWrongPasswordIsAnsweredWithThePasswordErrorAndNothingIsAccepted() throws IOException {
        String answer = exchange(hourlyUpload("20261123120000001", "wrong!", "20261123120000"));
        assertThat(answer).contains("CN=9011").contains("QnRtn=3");
        assertThat(readingsOnKafka()).noneMatch(r -> r.path("dataTime").asText().equals("2026-11-23T04:00:00Z"));
    }

    @Test
    void anUnknownDeviceIsAnsweredWithTheMnError() throws IOException {
        var header = new Header("20261123130000001", "31", "2061", "123456", "010000A8900016F000169DC1", 5, null, null);
        String answer = exchange(Hj212Encoder.encode(header, List.of(new CpItem("DataTime", "20261123130000"))));
        assertThat(answer).contains("CN=9011").contains("QnRtn=4");
    }

    @Test
    void aFrameWithABadCrcIsNotAcknowledged() throws IOException {
        byte[] frame = hourlyUpload("20261123140000001", password, "20261123140000");
        int crc = frame.length - 6;
        frame[crc] = (byte) (frame[crc] == '0' ? '1' : '0');
        assertThat(exchange(frame)).isEmpty();
    }

    @Test
    void junkBeforeAFrameIsSkipped() throws IOException {
        byte[] frame = hourlyUpload("20261123150000001", password, "20261123150000");
        byte[] junk = "GET / HTTP/1.1\r\nHost: x\r\n\r\nSSH-2.0-Go\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = new byte[junk.length + frame.length];
        System.arraycopy(junk, 0, both, 0, junk.length);
        System.arraycopy(frame, 0, both, junk.length, frame.length);
        assertThat(exchange(both)).contains("CN=9014");
    }

    @Test
    void theRegistryShowsTheDevicesActivity() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode device = api.get("/api/devices/" + MN, REVIEWER).body();
            assertThat(device.at("/device/status").asText()).isEqualTo("ACTIVE");
            assertThat(device.at("/activity/acceptedFrames").asLong()).as(device.toString()).isPositive();
        });
        String otherEnterprise = RunningService.tokenFor(LocalUser.enterprise("mianyang-paper", "91510700MA62A1B2C5"));
        assertThat(api.get("/api/devices/" + MN, otherEnterprise).status()).isEqualTo(403);
    }

    @Test
    void aGatewayPostsReadingsOverHttpWithTheDevicesCredentials() {
        var batch = Map.of("readings", List.of(Map.of("period", "HOUR", "dataTime", "2026-11-23T16:00:00+08:00",
                "factors", List.of(Map.of("code", "a21026", "avg", 28.0, "cou", 1.1, "flag", "N")))));
        String basic = "Basic " + Base64.getEncoder().encodeToString((MN + ":" + password).getBytes(StandardCharsets.UTF_8));
        var first = api.post("/ingest/readings", null, batch, Map.of("Authorization", basic));
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.body().path("accepted").asInt()).isEqualTo(1);
        var again = api.post("/ingest/readings", null, batch, Map.of("Authorization", basic));
        assertThat(again.body().path("duplicates").asInt()).isEqualTo(1);

        String wrong = "Basic " + Base64.getEncoder().encodeToString((MN + ":nope").getBytes(StandardCharsets.UTF_8));
        assertThat(api.post("/ingest/readings", null, batch, Map.of("Authorization", wrong)).status()).isEqualTo(401);
        assertThat(api.post("/ingest/readings", null, batch, Map.of()).status()).isEqualTo(401);
        assertThat(api.post("/ingest/readings", null, Map.of("readings", List.of(Map.of("period", "FORTNIGHT"))),
                Map.of("Authorization", basic)).status()).isEqualTo(400);
    }

    @Test
    void aGatewayBatchWithAReadingDatedHoursAfterItsReceiptIsRefusedWholeAndNothingOfItIsStored() throws IOException {
        // A data time no other test of this device sends, not even those dated from the clock, so that only this batch could put it on Kafka.
        String onTime = "2026-01-15T10:00:00+08:00";
        String ahead = LocalDateTime.now(Validity.CHINA).plusHours(3).truncatedTo(ChronoUnit.HOURS) + ":00+08:00";
        var batch = Map.of("readings", List.of(
                Map.of("period", "HOUR", "dataTime", onTime, "factors", List.of(Map.of("code", "a21026", "avg", 28.0, "cou", 1.1, "flag", "N"))),
                Map.of("period", "HOUR", "dataTime", ahead, "factors", List.of(Map.of("code", "a21026", "avg", 28.0, "cou", 1.1, "flag", "N")))));
        String basic = "Basic " + Base64.getEncoder().encodeToString((MN + ":" + password).getBytes(StandardCharsets.UTF_8));

        var refused = api.post("/ingest/readings", null, batch, Map.of("Authorization", basic));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("detail").asText()).contains("more than PT1H after the platform received it", "set the device's clock");
        assertThat(readingsOnKafka()).extracting(r -> r.path("dataTime").asText()).doesNotContain("2026-01-15T02:00:00Z");
    }

    @Test
    void aRotatedSecretReplacesTheOldOne() throws IOException {
        String rotated = api.post("/api/devices/" + MN + "/secret-rotation", REVIEWER, Map.of()).text("password");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(exchange(hourlyUpload("20261123170000001", rotated, "20261123170000"))).contains("CN=9014"));
        assertThat(exchange(hourlyUpload("20261123170000002", password, "20261123180000"))).contains("QnRtn=3");
        password = rotated;
    }
}
