package org.ecoledger.monitoring.protocol;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The decode of {@link Hj212DecoderBenchmark}, and its two main parts apart, in the thread's own
 * CPU time: on a machine that other builds share, JMH's wall-clock figures measure them too, while
 * this stays comparable between runs made in the same minutes. Prints, per part, the best and the
 * median of 30 rounds of 50,000 frames after 3 s of warm-up:
 * <pre>
 * java -cp &lt;test class path&gt; org.ecoledger.monitoring.protocol.Hj212DecoderCpuTime [whole] [parse] [upload]
 * </pre>
 */
public final class Hj212DecoderCpuTime {

    private static final int ROUNDS = 30;
    private static final int FRAMES_PER_ROUND = 50_000;
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private final Hj212DecoderBenchmark benchmark = new Hj212DecoderBenchmark();
    private final RawFrame frame;
    private final Packet packet;
    /** Keeps the parts' results alive, so that the compiler cannot drop the work. */
    private Object last;

    private Hj212DecoderCpuTime() {
        benchmark.encodeMinuteFrame();
        byte[] bytes = Hj212DecoderBenchmark.minuteFrame();
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
        String[] parts = args.length > 0 ? args : new String[] {"whole", "parse", "upload"};
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
            default -> throw new IllegalArgumentException("no part " + part + ": whole, parse or upload");
        }
    }
}
