package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Crc;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The devices' behaviour under faults, against a small host that checks the CRC and answers as the
 * standard says: every upload is answered in the end, a corrupted frame never is, and nothing is
 * lost to a dropped connection.
 */
class SimulatedDeviceTest {

    private static final Instant TWO_IN_THE_NIGHT = Instant.parse("2026-11-22T18:00:00Z");
    private final FakeHost host = new FakeHost();

    @AfterEach
    void stop() throws IOException {
        host.close();
    }

    private SimulatorSettings sixHours() {
        return SimulatorSettings.defaults("127.0.0.1", host.port())
                .until(TWO_IN_THE_NIGHT.plus(Duration.ofHours(6)))
                .withAnswerTimeout(Duration.ofMillis(300))
                .withFramesPerSecond(1000);
    }

    private static List<DeviceSpec> devices(int count, String password) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> DeviceSpec.of(DeviceRegistrar.mnFor("91510104MA6CHP001C", "DA001", i), password,
                        i % 2 == 0 ? SourceKind.FLUE_GAS : SourceKind.WASTEWATER, Scenario.NORMAL))
                .toList();
    }

    @Test
    void everyUploadIsAnsweredDespiteBadCrcsDroppedConnectionsAndResends() throws Exception {
        var acked = new CopyOnWriteArrayList<AckedUpload>();
        var settings = sixHours().withFaults(new FaultPlan(0.2, 0.1, 0.1, 0.1, 0.05, 0));
        try (var simulator = DeviceSimulator.start(settings, SimulatedClock.startingNow(TWO_IN_THE_NIGHT, 36_000), devices(4, "123456"),
                acked::add)) {
            assertThat(simulator.awaitFinished(Duration.ofSeconds(60))).as(simulator.report().text()).isTrue();
            SimulatorReport report = simulator.report();

            // Six hours of ten-minute data and six hourly uploads per device.
            assertThat(report.uploads()).isEqualTo(4 * (36 + 6));
            Set<String> answered = ConcurrentHashMap.newKeySet();
            acked.stream().filter(a -> !a.resend()).forEach(a -> answered.add(a.mn() + "/" + a.period() + "/" + a.dataTime()));
            assertThat(answered).hasSize(4 * (36 + 6));
            assertThat(report.acknowledged()).isEqualTo(report.uploads() + report.resentAnswered());
            assertThat(report.corruptedSent()).isPositive().isEqualTo(host.badCrcs.get());
            assertThat(host.acceptedDataTimes()).containsAll(answered);
            assertThat(report.droppedConnections()).isPositive();
            assertThat(report.resentAfterReconnect()).isPositive();
            assertThat(report.flagged()).isPositive();
        }
    }

    @Test
    void aRefusedDeviceDropsItsFramesInsteadOfSendingThemForever() throws Exception {
        host.refusePassword = true;
        try (var simulator = DeviceSimulator.start(sixHours(), SimulatedClock.startingNow(TWO_IN_THE_NIGHT, 36_000), devices(1, "wrong"),
                AckedUpload.Listener.NONE)) {
            assertThat(simulator.awaitFinished(Duration.ofSeconds(30))).isTrue();
            assertThat(simulator.report().refused()).isEqualTo(42);
            assertThat(simulator.report().acknowledged()).isZero();
            assertThat(simulator.report().framesSent()).isEqualTo(42);
        }
    }

    @Test
    void gapsAreNeverSent() throws Exception {
        var settings = sixHours().withFaults(new FaultPlan(0, 0, 0, 0, 0, 0.3));
        try (var simulator = DeviceSimulator.start(settings, SimulatedClock.startingNow(TWO_IN_THE_NIGHT, 36_000), devices(2, "123456"),
                AckedUpload.Listener.NONE)) {
            assertThat(simulator.awaitFinished(Duration.ofSeconds(30))).isTrue();
            SimulatorReport report = simulator.report();
            assertThat(report.gaps()).isPositive();
            assertThat(report.uploads() + report.gaps()).isEqualTo(2 * (36 + 6));
            assertThat(report.acknowledged()).isEqualTo(report.uploads());
        }
    }

    /** Answers 9014 to a frame whose standard CRC holds and ignores the rest, as the standard asks. */
    private static final class FakeHost implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicInteger badCrcs = new AtomicInteger();
        private final Set<String> accepted = ConcurrentHashMap.newKeySet();
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile boolean refusePassword;

        FakeHost() {
            try {
                server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            daemon(this::acceptAll);
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "fake-hj212-host");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        Set<String> acceptedDataTimes() {
            return accepted;
        }

        private void acceptAll() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    daemon(() -> serve(socket));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket socket) {
            try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
                var line = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != -1) {
                    line.write(b);
                    byte[] bytes = line.toByteArray();
                    if (b == '\n' && bytes.length > 1 && bytes[bytes.length - 2] == '\r') {
                        line.reset();
                        answer(bytes).ifPresent(answer -> {
                            try {
                                out.write(answer);
                                out.flush();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // the device dropped the connection
            }
        }

        private java.util.Optional<byte[]> answer(byte[] frame) {
            int length = frame.length - 12;
            String crc = new String(frame, 6 + length, 4, StandardCharsets.US_ASCII);
            if (!Hj212Crc.toHex(Hj212Crc.standard(frame, 6, length)).equalsIgnoreCase(crc)) {
                badCrcs.incrementAndGet();
                return java.util.Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            for (String field : new String(frame, 6, length, StandardCharsets.US_ASCII).split("[;,]|&&")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.putIfAbsent(field.substring(0, eq), field.substring(eq + 1));
                }
            }
            if (refusePassword) {
                return java.util.Optional.of(Hj212Encoder.encode(new Header(fields.get("QN"), "91", "9011", fields.get("PW"), fields.get("MN"),
                        4, null, null), List.of(new CpItem("QnRtn", "3"))));
            }
            String period = switch (fields.get("CN")) {
                case "2051" -> "MINUTE";
                case "2061" -> "HOUR";
                default -> "DAY";
            };
            accepted.add(fields.get("MN") + "/" + period + "/" + java.time.LocalDateTime.parse(fields.get("DataTime"),
                    java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(java.time.ZoneOffset.ofHours(8)));
            return java.util.Optional.of(Hj212Encoder.encode(new Header(fields.get("QN"), "91", "9014", fields.get("PW"), fields.get("MN"),
                    4, null, null), List.of()));
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
