package org.ecoledger.monitoring.benchmark;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.ecoledger.monitoring.ingest.Hj212Server;
import org.ecoledger.monitoring.protocol.Acknowledgements;
import org.ecoledger.monitoring.protocol.Header;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The least an HJ 212 server can do: cut each frame by its length digits and answer it at once with
 * its 9014, on the event loop that read it. No CRC check, no decoding beyond the header fields the
 * answer echoes, no registry, no Kafka. Transport and event loops are set up as {@link Hj212Server}
 * sets them up (NIO, one acceptor thread, Netty's default worker count, TCP_NODELAY, one flush per
 * answer), so that what it costs is what any design of the ingest pays to talk to the devices.
 */
final class LeastHj212Server implements AutoCloseable {

    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final LongAdder answered = new LongAdder();
    private final LongAdder discarded = new LongAdder();
    private final Channel channel;

    LeastHj212Server(int port) {
        channel = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new FrameAnswerer());
                    }
                })
                .bind(port)
                .syncUninterruptibly()
                .channel();
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Frames answered so far. */
    long answered() {
        return answered.sum();
    }

    /** Bytes skipped as no frame, or frames that named no QN: none are expected from the simulator. */
    long discarded() {
        return discarded.sum();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One per connection: Netty's cumulation holds a frame split over reads until its last byte has come. */
    private final class FrameAnswerer extends ByteToMessageDecoder {

        /** {@code ##}, four length digits; after the data segment its CRC (four hex digits) and CR LF. */
        private static final int HEAD = 6;
        private static final int TAIL = 6;

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            while (in.readableBytes() >= HEAD) {
                int start = in.readerIndex();
                if (in.getByte(start) != '#' || in.getByte(start + 1) != '#') {
                    in.skipBytes(1);
                    discarded.increment();
                    continue;
                }
                int length = digits(in, start + 2);
                if (length < 0) {
                    in.skipBytes(2);
                    discarded.increment();
                    continue;
                }
                if (in.readableBytes() < HEAD + length + TAIL) {
                    return;
                }
                Header header = header(in, start + HEAD, length);
                in.skipBytes(HEAD + length + TAIL);
                if (header.qn() == null) {
                    discarded.increment();
                    continue;
                }
                ctx.writeAndFlush(Unpooled.wrappedBuffer(Acknowledgements.dataAnswer(header)));
                answered.increment();
            }
        }

        private static int digits(ByteBuf in, int at) {
            int value = 0;
            for (int i = at; i < at + 4; i++) {
                int digit = in.getByte(i) - '0';
                if (digit < 0 || digit > 9) {
                    return -1;
                }
                value = value * 10 + digit;
            }
            return value;
        }

        /** The header's {@code key=value;} fields up to CP, which the answer echoes; CP itself is not read. */
        private static Header header(ByteBuf in, int from, int length) {
            String qn = null;
            String st = null;
            String cn = null;
            String pw = null;
            String mn = null;
            Integer flag = null;
            int end = from + length;
            int at = from;
            while (at < end) {
                int equals = in.indexOf(at, end, (byte) '=');
                if (equals < 0) {
                    break;
                }
                String key = in.toString(at, equals - at, StandardCharsets.US_ASCII);
                if (key.equals("CP")) {
                    break;
                }
                int semicolon = in.indexOf(equals + 1, end, (byte) ';');
                int valueEnd = semicolon < 0 ? end : semicolon;
                String value = in.toString(equals + 1, valueEnd - equals - 1, StandardCharsets.US_ASCII);
                switch (key) {
                    case "QN" -> qn = value;
                    case "ST" -> st = value;
                    case "CN" -> cn = value;
                    case "PW" -> pw = value;
                    case "MN" -> mn = value;
                    case "Flag" -> flag = Integer.valueOf(value);
                    default -> {
                    }
                }
                at = valueEnd + 1;
            }
            return new Header(qn, st, cn, pw, mn, flag, null, null);
        }
    }
}
