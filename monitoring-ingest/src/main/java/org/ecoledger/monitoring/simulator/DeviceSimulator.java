package org.ecoledger.monitoring.simulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs simulated data loggers against an HJ 212 server over real TCP: one connection per device,
 * all of them on a few Netty event loops, so thousands of devices need no more threads than one
 * does.
 */
public final class DeviceSimulator implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final SimulatorSettings settings;
    private final SimulatedClock clock;
    private final NioEventLoopGroup loops;
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private final CountDownLatch finished;
    private final AtomicInteger finishedCount = new AtomicInteger();
    private final long startedAt = System.nanoTime();
    private final SimulatorStats stats = new SimulatorStats(startedAt);

    private DeviceSimulator(SimulatorSettings settings, SimulatedClock clock, int deviceCount) {
        this.settings = settings;
        this.clock = clock;
        this.loops = new NioEventLoopGroup(settings.threads(), new DefaultThreadFactory("hj212-simulator", true));
        this.finished = new CountDownLatch(deviceCount);
    }

    /**
     * Connects the devices, spread over time at {@link SimulatorSettings#connectsPerSecond()}, and
     * lets them send by the clock until {@link SimulatorSettings#until()} or {@link #close()}.
     */
    public static DeviceSimulator start(SimulatorSettings settings, SimulatedClock clock, List<DeviceSpec> specs,
                                        AckedUpload.Listener listener) {
        var simulator = new DeviceSimulator(settings, clock, specs.size());
        Bootstrap base = new Bootstrap()
                .group(simulator.loops)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
        double nanosBetweenConnects = 1e9 / settings.connectsPerSecond();
        for (int i = 0; i < specs.size(); i++) {
            EventLoop loop = simulator.loops.next();
            var device = new SimulatedDevice(specs.get(i), loop, base, settings, clock, simulator.stats, listener, simulator::deviceFinished);
            simulator.devices.add(device);
            device.start((long) (i * nanosBetweenConnects));
        }
        return simulator;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public SimulatorReport report() {
        return stats.snapshot(System.nanoTime() - startedAt, clock.now(), devices.size(), finishedCount.get());
    }

    /** Connections open now. */
    public int connected() {
        return stats.connected.get();
    }

    /** Measures from here on (after a warm-up, say): forgets the latencies so far and counts answers anew. */
    public void startWindow() {
        stats.startWindow();
    }

    /**
     * Waits until every device has sent all its periods up to {@link SimulatorSettings#until()} and
     * had each answered (or refused).
     */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void deviceFinished() {
        finishedCount.incrementAndGet();
        finished.countDown();
    }

    @Override
    public void close() {
        devices.forEach(SimulatedDevice::close);
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
