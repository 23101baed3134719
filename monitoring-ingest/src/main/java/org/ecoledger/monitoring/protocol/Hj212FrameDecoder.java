package org.ecoledger.monitoring.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Netty's side of {@link FrameScanner}: emits a {@link RawFrame} for every frame on the
 * connection, however TCP split or merged them. LengthFieldBasedFrameDecoder cannot do this
 * because the length is ASCII decimal. Every readable byte is handed to the scanner at once, so
 * the cumulation buffer never grows; the scanner's own buffer is bounded by the policy.
 *
 * <p>The policy can change once the device is known ({@link #bind}); under a policy that awaits a
 * trailer, a frame whose trailer has not come after {@link #TRAILER_PAUSE_MILLIS} is taken without.
 *
 * <p>One instance per channel (it is stateful and not sharable).
 */
public final class Hj212FrameDecoder extends ByteToMessageDecoder {

    /** Longer than any gap between a frame and its CR LF sent apart, short next to any data interval. */
    static final long TRAILER_PAUSE_MILLIS = 200;
    /** Direct buffers are copied through this many bytes at a time. */
    private static final int CHUNK = 2048;

    private final FrameScanner scanner;
    private final RejectionForwardingSink sink;
    private final byte[] chunk = new byte[CHUNK];
    /** Set from any thread by {@link #bind}, taken up on the channel's event loop. */
    private volatile FramingPolicy next;
    private ScheduledFuture<?> pause;

    public Hj212FrameDecoder(FramingPolicy policy, FrameRejectionListener rejections) {
        this.scanner = new FrameScanner(policy);
        this.sink = new RejectionForwardingSink(rejections);
    }

    /**
     * Frames the rest of the connection under another policy, typically its device's once known.
     * Safe from any thread; bytes held are judged by the new policy when the event loop next runs it.
     */
    public void bind(FramingPolicy policy) {
        next = policy;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        sink.out = out;
        try {
            adoptBoundPolicy();
            int readable = in.readableBytes();
            if (in.hasArray()) {
                scanner.feed(in.array(), in.arrayOffset() + in.readerIndex(), readable, sink);
                in.skipBytes(readable);
            } else {
                while (in.isReadable()) {
                    int taken = Math.min(in.readableBytes(), CHUNK);
                    in.readBytes(chunk, 0, taken);
                    scanner.feed(chunk, 0, taken, sink);
                }
            }
        } finally {
            sink.out = null;
        }
        if (scanner.awaitsTrailer()) {
            // The pause counts from the last bytes received.
            if (pause != null) {
                pause.cancel(false);
            }
            pause = ctx.executor().schedule(() -> endPause(ctx), TRAILER_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        sink.out = out;
        try {
            scanner.finish(sink);
        } finally {
            sink.out = null;
        }
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        if (pause != null) {
            pause.cancel(false);
        }
    }

    /** On the event loop: whatever is still held for its trailer is taken without. */
    private void endPause(ChannelHandlerContext ctx) {
        pause = null;
        if (ctx.isRemoved()) {
            return;
        }
        List<Object> frames = new ArrayList<>(1);
        sink.out = frames;
        try {
            adoptBoundPolicy();
            scanner.endPause(sink);
        } finally {
            sink.out = null;
        }
        frames.forEach(ctx::fireChannelRead);
        if (!frames.isEmpty()) {
            ctx.fireChannelReadComplete();
        }
    }

    private void adoptBoundPolicy() {
        FramingPolicy policy = next;
        if (policy != null) {
            next = null;
            scanner.adopt(policy, sink);
        }
    }

    /** Frames go down the pipeline; rejections go to the listener, typically metrics. */
    private static final class RejectionForwardingSink implements FrameSink {

        private final FrameRejectionListener rejections;
        private List<Object> out;

        private RejectionForwardingSink(FrameRejectionListener rejections) {
            this.rejections = rejections;
        }

        @Override
        public void frame(RawFrame frame) {
            out.add(frame);
        }

        @Override
        public void rejected(FrameRejection reason, long discardedBytes) {
            rejections.rejected(reason, discardedBytes);
        }
    }
}
