package org.ecoledger.monitoring.protocol;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decoding throughput on one core for a typical 2017 minute-data frame (CN=2051) with eight
 * flue-gas factors: one frame per operation, from bytes as read off the socket to the typed upload.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class Hj212DecoderBenchmark {

    private final FrameScanner scanner = new FrameScanner();
    private final Hj212Reader reader = new Hj212Reader(CrcPolicy.standardOnly());
    private final LastFrame lastFrame = new LastFrame();
    private byte[] frame;

    /** The benchmark's frame: a 2017 minute upload of eight flue-gas factors, 702 bytes. */
    static byte[] minuteFrame() {
        Hj212DecoderBenchmark benchmark = new Hj212DecoderBenchmark();
        benchmark.encodeMinuteFrame();
        return benchmark.frame;
    }

    @Setup
    public void encodeMinuteFrame() {
        Header header = new Header("20261123101500123", "31", "2051", "123456", "010000A8900016F000169DC0", 5, null, null);
        List<CpItem> cp = new ArrayList<>();
        cp.add(new CpItem("DataTime", "20261123101000"));
        pollutant(cp, "a21026", "12.345", "10.001", "15.678", "0.0123");
        pollutant(cp, "a21002", "45.6", "40.2", "50.9", "0.0456");
        pollutant(cp, "a34013", "3.21", "2.98", "3.65", "0.0032");
        pollutant(cp, "a00000", "125.4", "120.1", "130.7", "7524.0");
        condition(cp, "a19001", "8.4", "8.1", "8.9");
        condition(cp, "a01012", "125.3", "124.8", "126.0");
        condition(cp, "a01013", "-0.12", "-0.15", "-0.10");
        condition(cp, "a01014", "10.5", "10.2", "10.9");
        frame = Hj212Encoder.encode(header, cp);
    }

    /** Framing, CRC check, header and CP parsing, and the typed upload with exact decimals. */
    @Benchmark
    public Upload decodeMinuteUpload() {
        scanner.feed(frame, 0, frame.length, lastFrame);
        Reading reading = reader.read(lastFrame.frame);
        return Upload.of(((Reading.Accepted) reading).packet());
    }

    /** Framing and the CRC check alone, for comparison. */
    @Benchmark
    public boolean frameAndCheckCrc() {
        scanner.feed(frame, 0, frame.length, lastFrame);
        return lastFrame.frame.crcMatches(CrcProfile.STANDARD);
    }

    private static void pollutant(List<CpItem> cp, String code, String avg, String min, String max, String cou) {
        condition(cp, code, avg, min, max);
        cp.add(cp.size() - 1, new CpItem(code + "-Cou", cou));
    }

    private static void condition(List<CpItem> cp, String code, String avg, String min, String max) {
        cp.add(new CpItem(code + "-Avg", avg));
        cp.add(new CpItem(code + "-Min", min));
        cp.add(new CpItem(code + "-Max", max));
        cp.add(new CpItem(code + "-Flag", "N"));
    }

    private static final class LastFrame implements FrameSink {

        private RawFrame frame;

        @Override
        public void frame(RawFrame frame) {
            this.frame = frame;
        }

        @Override
        public void rejected(FrameRejection reason, long discardedBytes) {
            throw new IllegalStateException("the benchmark frame was rejected: " + reason);
        }
    }
}
