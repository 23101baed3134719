package org.ecoledger.monitoring.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Netty's side of {@link FrameScanner}: emits a {@link RawFrame} for every frame on the
 * connection, however TCP split or merged them. LengthFieldBasedFrameDecoder cannot do this
 * because the length is ASCII decimal. Every readable byte is handed to the scanner at once, so
 * the cumulation buffer never grows; the scanner's own buffer is bounded by the policy.
 *
 * <p>One instance per channel (it is stateful and not sharable).
 */
public final class Hj212FrameDecoder extends ByteToMessageDecoder {

    /** Direct buffers are copied through this many bytes at a time. */
    private static final int CHUNK = 2048;

    private final FrameScanner scanner;
    private final RejectionForwardingSink sink;
    private final byte[] chunk = new byte[CHUNK];

    public Hj212FrameDecoder(FramingPolicy policy, FrameRejectionListener rejections) {
        this.scanner = new FrameScanner(policy);
        this.sink = new RejectionForwardingSink(rejections);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        sink.out = out;
        try {
            int readable = in.readableBytes();
            if (in.hasArray()) {
                scanner.feed(in.array(), in.arrayOffset() + in.readerIndex(), readable, sink);
                in.skipBytes(readable);
                return;
            }
            while (in.isReadable()) {
                int taken = Math.min(in.readableBytes(), CHUNK);
                in.readBytes(chunk, 0, taken);
                scanner.feed(chunk, 0, taken, sink);
            }
        } finally {
            sink.out = null;
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
