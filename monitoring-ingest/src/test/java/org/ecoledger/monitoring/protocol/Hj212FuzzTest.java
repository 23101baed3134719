package org.ecoledger.monitoring.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code JAZZER_FUZZ} set this runs as a regression test over the seeds in
 * {@code Hj212FuzzTestInputs/}; with it, Jazzer fuzzes for the given duration and adds findings there.
 */
class Hj212FuzzTest {

    private static final FramingPolicy[] POLICIES = {FramingPolicy.STRICT, FramingPolicy.lenient(4096), FramingPolicy.UNKNOWN_DEVICE};

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreFramedAndParsedWithinBoundsFailingOnlyAsDocumented(byte[] input) {
        for (FramingPolicy policy : POLICIES) {
            scan(policy, input, input.length == 0 ? 1 : input.length);
            scan(policy, input, 1 + (input.length % 13));
        }
    }

    private static void scan(FramingPolicy policy, byte[] input, int chunk) {
        FrameScanner scanner = new FrameScanner(policy);
        CollectingSink sink = new CollectingSink();
        for (int offset = 0; offset < input.length; offset += chunk) {
            scanner.feed(input, offset, Math.min(chunk, input.length - offset), sink);
            assertThat(scanner.bufferedBytes()).isLessThan(policy.bufferCapacity());
        }
        scanner.finish(sink);
        assertThat(sink.frames.stream().mapToLong(RawFrame::length).sum() + sink.rejectedBytes()).isLessThanOrEqualTo(input.length);
        sink.frames.forEach(Hj212CodecPropertiesTest::readWithoutSurprise);
    }
}
