package org.ecoledger.monitoring.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MINUTE_UPLOAD_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_FRAME;
import static org.ecoledger.monitoring.protocol.Frames.concat;
import static org.ecoledger.monitoring.protocol.Frames.frame;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class Hj212FrameDecoderTest {

    private final List<CollectingSink.Rejected> rejections = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(
            new Hj212FrameDecoder(FramingPolicy.STRICT, (reason, bytes) -> rejections.add(new CollectingSink.Rejected(reason, bytes))));

    private List<RawFrame> readFrames() {
        List<RawFrame> frames = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            frames.add((RawFrame) message);
        }
        return frames;
    }

    @Test
    void framesSplitAndMergedByTcpComeOutWhole() {
        byte[] upload = frame(MINUTE_UPLOAD_SEGMENT);
        byte[] stream = concat(utf8(STANDARD_EXAMPLE_FRAME), upload, utf8(STANDARD_EXAMPLE_FRAME));

        channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, 50));
        channel.writeInbound(Unpooled.wrappedBuffer(stream, 50, 300));
        channel.writeInbound(Unpooled.wrappedBuffer(stream, 350, stream.length - 350));

        assertThat(readFrames()).extracting(RawFrame::toString)
                .containsExactly(STANDARD_EXAMPLE_FRAME, new String(upload, StandardCharsets.UTF_8), STANDARD_EXAMPLE_FRAME);
    }

    @Test
    void directBuffersAreReadAsWellAsHeapBuffers() {
        byte[] stream = concat(utf8(STANDARD_EXAMPLE_FRAME), frame(MINUTE_UPLOAD_SEGMENT));
        ByteBuf direct = Unpooled.directBuffer(stream.length).writeBytes(stream);

        channel.writeInbound(direct);

        assertThat(readFrames()).hasSize(2);
        assertThat(direct.refCnt()).isZero();
    }

    @Test
    void junkGoesToTheRejectionListenerNotDownThePipeline() {
        channel.writeInbound(Unpooled.wrappedBuffer(utf8("GET /favicon.ico HTTP/1.1\r\n\r\n")));
        channel.writeInbound(Unpooled.wrappedBuffer(utf8(STANDARD_EXAMPLE_FRAME)));

        assertThat(readFrames()).hasSize(1);
        assertThat(rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.JUNK, 29));
    }

    @Test
    void aFrameCutByTheClosingConnectionIsReportedTruncated() {
        channel.writeInbound(Unpooled.wrappedBuffer(utf8(STANDARD_EXAMPLE_FRAME.substring(0, 40))));

        channel.finish();

        assertThat(readFrames()).isEmpty();
        assertThat(rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.TRUNCATED, 40));
    }

    @Test
    void aFrameWithoutTrailerBeforeTheDeviceIsKnownComesOutWhenThePauseEnds() {
        EmbeddedChannel unbound = new EmbeddedChannel(new Hj212FrameDecoder(FramingPolicy.UNKNOWN_DEVICE, (reason, bytes) -> { }));
        unbound.freezeTime();

        unbound.writeInbound(Unpooled.wrappedBuffer(frame("0101", Frames.STANDARD_EXAMPLE_SEGMENT, "1C80", "")));
        assertThat((Object) unbound.readInbound()).isNull();
        unbound.advanceTimeBy(Hj212FrameDecoder.TRAILER_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        unbound.runScheduledPendingTasks();

        RawFrame frame = unbound.readInbound();
        assertThat(frame.trailer()).isEqualTo(Trailer.NONE);
        unbound.writeInbound(Unpooled.wrappedBuffer(utf8("\r\n")));
        assertThat((Object) unbound.readInbound()).isNull();
    }

    @Test
    void aBoundPolicyFramesTheRestOfTheConnection() {
        List<CollectingSink.Rejected> refused = new ArrayList<>();
        Hj212FrameDecoder decoder = new Hj212FrameDecoder(FramingPolicy.UNKNOWN_DEVICE, (reason, bytes) -> refused.add(new CollectingSink.Rejected(reason, bytes)));
        EmbeddedChannel bound = new EmbeddedChannel(decoder);

        bound.writeInbound(Unpooled.wrappedBuffer(utf8(STANDARD_EXAMPLE_FRAME)));
        decoder.bind(FramingPolicy.STRICT);
        bound.writeInbound(Unpooled.wrappedBuffer(concat(frame("0101", Frames.STANDARD_EXAMPLE_SEGMENT, "1C80", "\n"), utf8(STANDARD_EXAMPLE_FRAME))));

        List<Object> frames = new ArrayList<>();
        for (Object message = bound.readInbound(); message != null; message = bound.readInbound()) {
            frames.add(message);
        }
        assertThat(frames).hasSize(2);
        assertThat(refused).extracting(CollectingSink.Rejected::reason).containsExactly(FrameRejection.BAD_TRAILER);
    }
}
