package org.ecoledger.monitoring.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.MonitoringIngestApplication;
import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.CrcProfile;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Crc;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Framing follows the device's registered profile, learnt from the connection's first frame: a
 * device registered with the standard CRC is framed as the standard says, one registered as a
 * Modbus logger leniently, unless the registry gives it a framing of its own; and every departure is
 * counted, taken or not.
 */
class FramingPolicyIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CF1LK26");
    private static final String STANDARD_MN = "010000A8900016F0001F0001";
    private static final String MODBUS_MN = "010000A8900016F0001F0002";
    private static final String LENIENT_STANDARD_MN = "010000A8900016F0001F0003";
    private static final String RECONFIGURED_MN = "010000A8900016F0001F0004";
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));

    /** The accounting's state; static, so that JUnit deletes it only after {@link #stop()} has closed Kafka Streams. */
    @TempDir
    static Path stateDirectory;
    private static RunningService service;
    private static ApiClient api;
    private static String standardPassword;
    private static String modbusPassword;
    private static String lenientStandardPassword;
    private static String reconfiguredPassword;

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(MonitoringIngestApplication.class, MonitoringIngestApplication.CONFIG_NAME, "monitoring_ingest",
                Clock.systemUTC(), Map.of("ecoledger.hj212.port", "0",
                        "ecoledger.accounting.application-id", "accounting-" + UUID.randomUUID(),
                        "ecoledger.accounting.state-directory", stateDirectory.toString()));
        api = service.api();
        MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
        standardPassword = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, registration(STANDARD_MN, "STANDARD"));
        modbusPassword = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, registration(MODBUS_MN, "MODBUS_SWAPPED"));
        var lenient = new HashMap<>(registration(LENIENT_STANDARD_MN, "STANDARD"));
        lenient.put("framing", "LENIENT");
        lenientStandardPassword = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, lenient);
        reconfiguredPassword = MonitoringFixture.registerWhenThePermitIsKnown(api, REVIEWER, registration(RECONFIGURED_MN, "STANDARD"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Map<String, Object> registration(String mn, String crcVariant) {
        return Map.of("mn", mn, "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "protocol", "HJ212_2017",
                "dataIntervalSeconds", 3600, "crcVariant", crcVariant);
    }

    private static byte[] hourlyUpload(String mn, String password, String qn, String dataTime) {
        var header = new Header(qn, "31", "2061", password, mn, 5, null, null);
        return Hj212Encoder.encode(header, List.of(new CpItem("DataTime", dataTime),
                new CpItem("a21026-Avg", "30.5"), new CpItem("a21026-Cou", "1.25"), new CpItem("a21026-Flag", "N")));
    }

    /** The frame as a Modbus logger writes it: CRC-16/MODBUS low byte first, and the given trailer instead of CR LF. */
    private static byte[] asModbusLogger(byte[] frame, String trailer) {
        int dataLength = frame.length - 12;
        String crc = Hj212Crc.toHex(CrcProfile.MODBUS_SWAPPED.compute(frame, 6, dataLength));
        byte[] written = Arrays.copyOf(frame, frame.length - 2 + trailer.length());
        System.arraycopy(crc.getBytes(StandardCharsets.US_ASCII), 0, written, 6 + dataLength, 4);
        System.arraycopy(trailer.getBytes(StandardCharsets.US_ASCII), 0, written, frame.length - 2, trailer.length());
        return written;
    }

    private static byte[] withTrailer(byte[] frame, String trailer) {
        byte[] written = Arrays.copyOf(frame, frame.length - 2 + trailer.length());
        System.arraycopy(trailer.getBytes(StandardCharsets.US_ASCII), 0, written, frame.length - 2, trailer.length());
        return written;
    }

    private static Socket connect() throws IOException {
        var socket = new Socket("localhost", service.bean(Hj212Server.class).port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void send(Socket socket, byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private static String answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        var bytes = new StringBuilder();
        try {
            for (int b = in.read(); b != -1; b = in.read()) {
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

    private static double framingVariants(String deviation) {
        Counter counter = service.bean(MeterRegistry.class).find("ecoledger.ingest.framing.variant").tag("deviation", deviation).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitRejection(String mn, String reason) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode device = api.get("/api/devices/" + mn, REVIEWER).body();
            assertThat(device.at("/activity/rejections/" + reason).asLong()).as(device.toString()).isPositive();
        });
    }

    @Test
    void aStandardDeviceWhoseCrLfComesInASegmentOfItsOwnIsAcknowledged() throws Exception {
        byte[] frame = hourlyUpload(STANDARD_MN, standardPassword, "20261123080000001", "20261123080000");
        try (Socket socket = connect()) {
            send(socket, Arrays.copyOf(frame, frame.length - 2));
            Thread.sleep(50);
            send(socket, "\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(answer(socket)).contains("QN=20261123080000001;ST=91;CN=9014");
        }
    }

    @Test
    void aStandardDeviceIsNotTakenWithABareLineFeedAndTheRefusalIsCounted() throws Exception {
        byte[] frame = withTrailer(hourlyUpload(STANDARD_MN, standardPassword, "20261123090000001", "20261123090000"), "\n");
        try (Socket socket = connect()) {
            send(socket, frame);

            assertThat(answer(socket)).isEmpty();
        }
        awaitRejection(STANDARD_MN, "FRAMING_NOT_REGISTERED");
    }

    @Test
    void onceBoundToAStandardDeviceAConnectionIsFramedStrictly() throws Exception {
        try (Socket socket = connect()) {
            send(socket, hourlyUpload(STANDARD_MN, standardPassword, "20261123100000001", "20261123100000"));
            assertThat(answer(socket)).contains("CN=9014");

            send(socket, withTrailer(hourlyUpload(STANDARD_MN, standardPassword, "20261123110000001", "20261123110000"), ""));
            send(socket, hourlyUpload(STANDARD_MN, standardPassword, "20261123120000001", "20261123120000"));

            assertThat(answer(socket)).as("the frame without trailer is refused, the next one answered")
                    .contains("QN=20261123120000001").doesNotContain("20261123110000001");
        }
    }

    @Test
    void aDeviceRegisteredAsAModbusLoggerIsFramedLenientlyAndEveryDepartureIsCounted() throws Exception {
        double withoutTrailer = framingVariants("TRAILER_NONE");
        double bareLineFeed = framingVariants("TRAILER_LF");
        try (Socket socket = connect()) {
            send(socket, asModbusLogger(hourlyUpload(MODBUS_MN, modbusPassword, "20261123130000001", "20261123130000"), ""));
            assertThat(answer(socket)).contains("QN=20261123130000001;ST=91;CN=9014");

            send(socket, asModbusLogger(hourlyUpload(MODBUS_MN, modbusPassword, "20261123140000001", "20261123140000"), "\n"));
            assertThat(answer(socket)).contains("QN=20261123140000001;ST=91;CN=9014");
        }
        assertThat(framingVariants("TRAILER_NONE")).isGreaterThan(withoutTrailer);
        assertThat(framingVariants("TRAILER_LF")).isGreaterThan(bareLineFeed);
    }

    @Test
    void aModbusLoggerStillNeedsItsRegisteredCrc() throws Exception {
        byte[] standardCrc = withTrailer(hourlyUpload(MODBUS_MN, modbusPassword, "20261123150000001", "20261123150000"), "");
        try (Socket socket = connect()) {
            send(socket, standardCrc);

            assertThat(answer(socket)).isEmpty();
        }
        awaitRejection(MODBUS_MN, "CRC_VARIANT_NOT_REGISTERED");
    }

    @Test
    void aStandardCrcDeviceRegisteredForLenientFramingHasItsFramesWithoutTrailerAcknowledged() throws Exception {
        assertThat(api.get("/api/devices/" + LENIENT_STANDARD_MN, REVIEWER).body().at("/device/framing").asText()).isEqualTo("LENIENT");
        try (Socket socket = connect()) {
            send(socket, withTrailer(hourlyUpload(LENIENT_STANDARD_MN, lenientStandardPassword, "20261123160000001", "20261123160000"), ""));
            assertThat(answer(socket)).contains("QN=20261123160000001;ST=91;CN=9014");

            send(socket, withTrailer(hourlyUpload(LENIENT_STANDARD_MN, lenientStandardPassword, "20261123170000001", "20261123170000"), "\n"));
            assertThat(answer(socket)).contains("QN=20261123170000001;ST=91;CN=9014");
        }
    }

    @Test
    void aDeviceSetToLenientFramingByTheBureauHasItsFramesWithoutTrailerAcknowledgedFromItsNextConnection() throws Exception {
        assertThat(api.get("/api/devices/" + RECONFIGURED_MN, REVIEWER).body().at("/device/framing").asText())
                .as("what the standard CRC implies").isEqualTo("STANDARD");
        byte[] withoutTrailer = withTrailer(hourlyUpload(RECONFIGURED_MN, reconfiguredPassword, "20261123180000001", "20261123180000"), "");
        try (Socket socket = connect()) {
            send(socket, withoutTrailer);
            assertThat(answer(socket)).isEmpty();
        }
        awaitRejection(RECONFIGURED_MN, "FRAMING_NOT_REGISTERED");

        String enterpriseToken = RunningService.tokenFor(LocalUser.enterprise("chengdu-power", ENTERPRISE.value()));
        assertProblem(api.put("/api/devices/" + RECONFIGURED_MN + "/framing", enterpriseToken, Map.of("framing", "LENIENT", "reason", "mine")),
                403);
        assertProblem(api.put("/api/devices/" + RECONFIGURED_MN + "/framing", REVIEWER, Map.of("framing", "LOOSE", "reason", "drops CR LF")),
                400);
        assertProblem(api.put("/api/devices/" + RECONFIGURED_MN + "/framing", REVIEWER, Map.of("framing", "LENIENT")), 400);
        assertThat(api.put("/api/devices/" + RECONFIGURED_MN + "/framing", REVIEWER,
                Map.of("framing", "LENIENT", "reason", "the logger drops its CR LF")).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/devices/" + RECONFIGURED_MN, REVIEWER).body().at("/device/framing").asText().equals("LENIENT"));

        try (Socket socket = connect()) {
            send(socket, withoutTrailer);
            assertThat(answer(socket)).contains("QN=20261123180000001;ST=91;CN=9014");
        }
    }

    @Test
    void aRegistrationWithAnUnknownFramingIsRefusedAsMalformed() {
        var registration = new HashMap<>(registration("010000A8900016F0001F0005", "STANDARD"));
        registration.put("framing", "LOOSE");

        assertProblem(api.post("/api/devices", REVIEWER, registration), 400);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
