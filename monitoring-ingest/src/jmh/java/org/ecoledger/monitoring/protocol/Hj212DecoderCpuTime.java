package org.ecoledger.monitoring.protocol;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The decode of {@link Hj212DecoderBenchmark}, and parts of it apart, in the thread's own
 * CPU time: on a machine that other builds share, JMH's wall-clock figures measure them too, while
 * this stays comparable between runs made in the same minutes. The parts: {@code whole}, the
 * benchmark's operation; {@code read}, the same but for the typed upload (framing, CRC, header and
 * CP), so that {@code whole} less {@code read} is the upload as the decode meets it; {@code parse},
 * the header and CP of a frame already cut; {@code upload}, the typed upload of a packet already
 * read. Prints, per part, the best and the median of 30 rounds of 50,000 frames after 3 s of warm-up:
 * <pre>
 * java -cp &lt;test class path&gt; org.ecoledger.monitoring.protocol.Hj212DecoderCpuTime [whole] [read] [parse] [upload]
 * </pre>
 */
public final class Hj212DecoderCpuTime {

    private static final int ROUNDS = 30;
    private static final int FRAMES_PER_ROUND = 50_000;
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private final Hj212DecoderBenchmark benchmark = new Hj212DecoderBenchmark();
    private final byte[] bytes = Hj212DecoderBenchmark.minuteFrame();
    private final FrameScanner scanner = new FrameScanner();
    private final Hj212Reader reader = new Hj212Reader(CrcPolicy.standardOnly());
    private final FrameSink cutFrames = new FrameSink() {
        @Override
        public void frame(RawFrame frame) {
            cut = frame;
        }

        @Override
        public void rejected(FrameRejection reason, long discardedBytes) {
            throw new IllegalStateException("the benchmark frame was rejected: " + reason);
        }
    };
    private final RawFrame frame;
    private final Packet packet;
    /** Keeps the parts' results alive, so that the compiler cannot drop the work. */
    private Object last;
    /** The frame the scanner cut last, for {@code read}. */
    private RawFrame cut;

    private Hj212DecoderCpuTime() {
        benchmark.encodeMinuteFrame();
        RawFrame[] framed = new RawFrame[1];
        new FrameScanner().feed(bytes, 0, bytes.length, new FrameSink() {
            @Override
            public void frame(RawFrame frame) {
                framed[0] = frame;
            }

            @Override
            public void rejected(FrameRejection reason, long discardedBytes) {
                throw new IllegalStateException("the benchmark frame was rejected: " + reason);
            }
        });
        frame = framed[0];
        packet = DataSegmentParser.parse(frame);
    }

    public static void main(String[] args) {
        String[] parts = args.length > 0 ? args : new String[] {"whole", "read", "parse", "upload"};
        Hj212DecoderCpuTime harness = new Hj212DecoderCpuTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String part : parts) {
            long until = System.nanoTime() + WARM_UP_NANOS;
            while (System.nanoTime() < until) {
                harness.run(part, FRAMES_PER_ROUND / 10);
            }
        }
        for (String part : parts) {
            double[] nanos = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                harness.run(part, FRAMES_PER_ROUND);
                nanos[round] = (threads.getCurrentThreadCpuTime() - start) / (double) FRAMES_PER_ROUND;
            }
            Arrays.sort(nanos);
            System.out.printf("%-6s best %7.1f ns, median %7.1f ns a frame%n", part, nanos[0], nanos[ROUNDS / 2]);
        }
    }

    private void run(String part, int frames) {
        switch (part) {
            case "whole" -> {
                for (int i = 0; i < frames; i++) {
                    last = benchmark.decodeMinuteUpload();
                }
            }
            case "read" -> {
                for (int i = 0; i < frames; i++) {
                    scanner.feed(bytes, 0, bytes.length, cutFrames);
                    last = reader.read(cut);
                }
            }
            case "parse" -> {
                for (int i = 0; i < frames; i++) {
                    last = DataSegmentParser.parse(frame);
                }
            }
            case "upload" -> {
                for (int i = 0; i < frames; i++) {
                    last = Upload.of(packet);
                }
            }
            default -> throw new IllegalArgumentException("no part " + part + ": whole, read, parse or upload");
        }
    }
}
