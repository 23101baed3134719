package org.ecoledger.monitoring.protocol;

import java.util.ArrayList;
import java.util.List;

/** Records what a scanner found, in order. */
final class CollectingSink implements FrameSink {

    record Rejected(FrameRejection reason, long bytes) {
    }

    final List<RawFrame> frames = new ArrayList<>();
    final List<Rejected> rejections = new ArrayList<>();

    @Override
    public void frame(RawFrame frame) {
        frames.add(frame);
    }

    @Override
    public void rejected(FrameRejection reason, long discardedBytes) {
        rejections.add(new Rejected(reason, discardedBytes));
    }

    List<String> frameTexts() {
        return frames.stream().map(RawFrame::toString).toList();
    }

    long rejectedBytes() {
        return rejections.stream().mapToLong(Rejected::bytes).sum();
    }

    static CollectingSink scan(FramingPolicy policy, byte[] stream) {
        FrameScanner scanner = new FrameScanner(policy);
        CollectingSink sink = new CollectingSink();
        scanner.feed(stream, sink);
        scanner.finish(sink);
        return sink;
    }
}
