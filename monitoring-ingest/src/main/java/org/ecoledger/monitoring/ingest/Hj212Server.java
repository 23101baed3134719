package org.ecoledger.monitoring.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import org.ecoledger.monitoring.device.DeviceActivity;
import org.ecoledger.monitoring.emissions.AccountingProperties;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.ecoledger.monitoring.protocol.FramingPolicy;
import org.ecoledger.monitoring.protocol.Hj212FrameDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HJ 212 TCP server. Framing and CRC run on Netty's event loops; device checks, which may
 * read the registry, run on a separate executor so a slow lookup never stalls other connections.
 * A connection is framed leniently until its device is known, then by the device's own policy
 * (see {@link Hj212ConnectionHandler}).
 */
@Component
public class Hj212Server implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Hj212Server.class);

    private final MonitoringProperties.Hj212 settings;
    private final ReadingIntake intake;
    private final ReadingPublisher publisher;
    private final DeviceActivity activity;
    private final Subpackets subpackets;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration datedAheadUpTo;
    private final AtomicInteger connections = new AtomicInteger();
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private EventExecutorGroup devices;
    private Channel channel;

    Hj212Server(MonitoringProperties properties, AccountingProperties accounting, ReadingIntake intake, ReadingPublisher publisher,
                DeviceActivity activity, Subpackets subpackets, MeterRegistry meters, Clock clock) {
        this.settings = properties.hj212();
        this.datedAheadUpTo = accounting.readingsDatedAheadUpTo();
        this.intake = intake;
        this.publisher = publisher;
        this.activity = activity;
        this.subpackets = subpackets;
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("ecoledger.ingest.connections", connections, AtomicInteger::get).register(meters);
    }

    @Override
    public void start() {
        boss = new NioEventLoopGroup(1);
        workers = new NioEventLoopGroup();
        devices = new DefaultEventExecutorGroup(Math.max(2, Runtime.getRuntime().availableProcessors()));
        var limit = new ConnectionLimit();
        channel = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(limit)
                                .addLast(new IdleStateHandler(settings.idleTimeout().toSeconds(), 0, 0, TimeUnit.SECONDS))
                                .addLast(new Hj212FrameDecoder(FramingPolicy.UNKNOWN_DEVICE, (reason, bytes) ->
                                        meters.counter("ecoledger.ingest.framing.discarded", "reason", reason.name()).increment()))
                                .addLast(devices, new Hj212ConnectionHandler(intake, publisher, activity, subpackets, meters, clock, datedAheadUpTo));
                    }
                })
                .bind(settings.port())
                .syncUninterruptibly()
                .channel();
        log.info("HJ 212 server listening on port {}", port());
    }

    /** The bound port; differs from the configured one when that is 0. */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void stop() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (workers != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            devices.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        channel = null;
    }

    @Override
    public boolean isRunning() {
        return channel != null;
    }

    /** Refuses connections beyond the configured cap, so a flood cannot exhaust memory or descriptors. */
    @ChannelHandler.Sharable
    private final class ConnectionLimit extends ChannelInboundHandlerAdapter {

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            if (connections.incrementAndGet() > settings.maxConnections()) {
                meters.counter("ecoledger.ingest.connections.refused").increment();
                ctx.close();
                return;
            }
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            connections.decrementAndGet();
            super.channelInactive(ctx);
        }
    }
}
