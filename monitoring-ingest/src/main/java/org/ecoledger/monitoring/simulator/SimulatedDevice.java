package org.ecoledger.monitoring.simulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One data logger on one connection, the way HJ 212 loggers behave: it sends an upload when its
 * period ends (plus a fixed offset of its own, so that devices do not all send in the same
 * millisecond), waits for the answer with the upload's QN, sends the frame again when none comes
 * within the timeout, keeps later uploads queued meanwhile, and reconnects with a growing pause
 * when the connection drops, sending the unanswered frame first.
 *
 * <p>Everything here runs on the device's own event loop, so its state needs no locks. Uploads are
 * generated when they are next to go rather than when they fall due, so a logger that cannot keep
 * up holds its backlog as a position in time, not as frames in memory.
 */
final class SimulatedDevice {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDevice.class);
    private static final DateTimeFormatter QN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.ofHours(8));
    private static final long DAY_SECONDS = 86_400;
    private static final long BEIJING_OFFSET_SECONDS = 8 * 3600;
    private static final int MAX_ANSWER_LENGTH = 2048;
    private static final Duration FIRST_RECONNECT_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_RECONNECT_PAUSE = Duration.ofSeconds(3);

    private final DeviceSpec spec;
    private final ReadingGenerator generator;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final SimulatorSettings settings;
    private final SimulatedClock clock;
    private final SimulatorStats stats;
    private final AckedUpload.Listener listener;
    private final Runnable onFinished;
    private final long sendOffsetNanos;
    private final long framePauseNanos;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private Instant firstPeriodStart;
    private Instant nextPeriodEnd;
    private Channel channel;
    private Outgoing inFlight;
    /** When the frame in flight times out (System.nanoTime()); 0 while no answer is awaited. */
    private long answerDeadline;
    /**
     * At most one timer per device, which looks at the deadline when it fires and sets itself again
     * if an answer came meanwhile and another frame went out: scheduling and cancelling a timeout
     * per frame kept the event loop's timer queue (thousands of devices per loop) busy rebalancing.
     */
    private ScheduledFuture<?> answerTimer;
    private ScheduledFuture<?> wakeUp;
    private long nextFrameAllowedAt;
    private int reconnectAttempts;
    private int qnSequence;
    private boolean generating = true;
    private boolean finished;
    private boolean closed;
    private boolean refusalLogged;

    SimulatedDevice(DeviceSpec spec, EventLoop loop, Bootstrap base, SimulatorSettings settings, SimulatedClock clock,
                    SimulatorStats stats, AckedUpload.Listener listener, Runnable onFinished) {
        this.spec = spec;
        this.generator = spec.generator();
        this.loop = loop;
        this.settings = settings;
        this.clock = clock;
        this.stats = stats;
        this.listener = listener;
        this.onFinished = onFinished;
        // A fixed offset within the interval, the same on every run for this MN.
        this.sendOffsetNanos = (long) (Mix.fraction(spec.seed(), 1, 0) * settings.minuteInterval().toNanos());
        this.framePauseNanos = (long) (1e9 / settings.framesPerSecond());
        this.bootstrap = base.clone(loop).handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new LineBasedFrameDecoder(MAX_ANSWER_LENGTH), new AnswerHandler());
            }
        });
    }

    DeviceSpec spec() {
        return spec;
    }

    /** Starts the device after {@code delay}: spreads the connections of many devices over time. */
    void start(long delayNanos) {
        loop.schedule(() -> {
            Duration interval = settings.minuteInterval();
            long intervalSeconds = interval.toSeconds();
            long startSecond = clock.start().getEpochSecond() + (clock.start().getNano() > 0 ? 1 : 0);
            firstPeriodStart = Instant.ofEpochSecond(Math.floorDiv(startSecond + intervalSeconds - 1, intervalSeconds) * intervalSeconds);
            nextPeriodEnd = firstPeriodStart.plus(interval);
            connect();
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    void close() {
        loop.execute(() -> {
            closed = true;
            answerDeadline = 0;
            cancel(answerTimer);
            cancel(wakeUp);
            if (channel != null) {
                channel.close();
            }
        });
    }

    private void connect() {
        if (closed) {
            return;
        }
        ChannelFuture connecting = bootstrap.connect(settings.host(), settings.port());
        connecting.addListener(done -> {
            if (done.isSuccess()) {
                onConnected(connecting.channel());
            } else {
                stats.failedConnects.increment();
                reconnectLater();
            }
        });
    }

    private void onConnected(Channel connected) {
        if (closed) {
            connected.close();
            return;
        }
        channel = connected;
        reconnectAttempts = 0;
        stats.connected.incrementAndGet();
        connected.closeFuture().addListener(done -> onDisconnected(connected));
        if (inFlight != null) {
            stats.resentAfterReconnect.increment();
            send(inFlight);
        } else {
            pump();
        }
    }

    private void onDisconnected(Channel lost) {
        stats.connected.decrementAndGet();
        stats.lostConnections.increment();
        if (channel == lost) {
            channel = null;
            answerDeadline = 0;
            reconnectLater();
        }
    }

    private void reconnectLater() {
        if (closed) {
            return;
        }
        long pause = Math.min(LONGEST_RECONNECT_PAUSE.toNanos(), FIRST_RECONNECT_PAUSE.toNanos() << Math.min(reconnectAttempts, 10));
        reconnectAttempts++;
        long jitter = ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        loop.schedule(this::connect, pause / 2 + jitter, TimeUnit.NANOSECONDS);
    }

    /** Sends the next frame if the connection is up, nothing awaits an answer and the pace allows. */
    private void pump() {
        if (closed || channel == null || !channel.isActive() || inFlight != null) {
            return;
        }
        long now = System.nanoTime();
        if (now < nextFrameAllowedAt) {
            wakeAt(nextFrameAllowedAt);
            return;
        }
        if (queue.isEmpty()) {
            generateDue();
        }
        Outgoing next = queue.poll();
        if (next != null) {
            send(next);
        } else if (!generating && !finished) {
            finished = true;
            onFinished.run();
        }
    }

    /** Queues the uploads of the next period if it is due by the simulated clock, or wakes up when it will be. */
    private void generateDue() {
        while (generating && queue.isEmpty()) {
            if (settings.until() != null && nextPeriodEnd.isAfter(settings.until())) {
                generating = false;
                return;
            }
            Instant due = nextPeriodEnd.plusNanos(sendOffsetNanos);
            if (due.isAfter(clock.now())) {
                wakeAt(clock.nanoTimeAt(due));
                return;
            }
            long dueNanos = clock.nanoTimeAt(due);
            Instant end = nextPeriodEnd;
            nextPeriodEnd = end.plus(settings.minuteInterval());
            for (UploadPeriod period : UploadPeriod.values()) {
                Instant start = end.minus(period.length(settings.minuteInterval()));
                if (settings.periods().contains(period) && endsPeriod(end, period) && !start.isBefore(firstPeriodStart)) {
                    queueUpload(period, start, dueNanos);
                }
            }
        }
    }

    private static boolean endsPeriod(Instant end, UploadPeriod period) {
        long second = end.getEpochSecond();
        return switch (period) {
            case MINUTE -> true;
            case HOUR -> second % 3600 == 0;
            case DAY -> (second + BEIJING_OFFSET_SECONDS) % DAY_SECONDS == 0;
        };
    }

    private void queueUpload(UploadPeriod period, Instant start, long dueNanos) {
        FaultPlan faults = settings.faults();
        if (faults.isGap(spec.seed(), period, start)) {
            stats.gaps.increment();
            return;
        }
        String flag = faults.flagOf(spec.seed(), period, start);
        if (!"N".equals(flag)) {
            stats.flagged.increment();
        }
        List<CpItem> items = generator.upload(start, period.length(settings.minuteInterval()), flag);
        stats.uploads.increment();
        queue.add(outgoing(period, start, items, dueNanos, false));
    }

    private Outgoing outgoing(UploadPeriod period, Instant start, List<CpItem> items, long dueNanos, boolean resend) {
        int sequence = qnSequence++ % 1000;
        String qn = QN_TIME.format(clock.now()) + (char) ('0' + sequence / 100) + (char) ('0' + sequence / 10 % 10) + (char) ('0' + sequence % 10);
        byte[] frame = Hj212Encoder.encode(new Header(qn, spec.kind().systemCode(), period.cn(), spec.password(), spec.mn(), 5, null, null),
                items);
        return new Outgoing(period, start, items, qn, frame, dueNanos, resend);
    }

    private void send(Outgoing frame) {
        inFlight = frame;
        long now = System.nanoTime();
        if (frame.firstSentAt == 0) {
            frame.firstSentAt = now;
        }
        FaultPlan faults = settings.faults();
        byte[] bytes = frame.bytes;
        if (faults.corruptsNextFrame()) {
            bytes = FaultPlan.withWrongCrc(bytes);
            stats.corruptedSent.increment();
        }
        stats.framesSent.increment();
        nextFrameAllowedAt = now + framePauseNanos;
        Channel out = channel;
        out.writeAndFlush(Unpooled.wrappedBuffer(bytes));
        answerDeadline = now + settings.answerTimeout().toNanos();
        if (answerTimer == null) {
            answerTimer = loop.schedule(this::checkAnswer, settings.answerTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        if (faults.dropsConnectionAfterSending()) {
            stats.droppedConnections.increment();
            out.close();
        }
    }

    private void checkAnswer() {
        answerTimer = null;
        if (closed || inFlight == null || answerDeadline == 0) {
            return;
        }
        long now = System.nanoTime();
        if (now < answerDeadline) {
            answerTimer = loop.schedule(this::checkAnswer, answerDeadline - now, TimeUnit.NANOSECONDS);
            return;
        }
        answerDeadline = 0;
        answerTimedOut();
    }

    private void answerTimedOut() {
        stats.timeouts.increment();
        if (channel != null && channel.isActive()) {
            send(inFlight);
        }
    }

    private void onAnswer(Answer answer) {
        Outgoing waiting = inFlight;
        if (waiting == null || !waiting.qn.equals(answer.qn())) {
            stats.strayAnswers.increment();
            return;
        }
        if (answer.acknowledges()) {
            answerDeadline = 0;
            inFlight = null;
            long now = System.nanoTime();
            long latency = now - waiting.firstSentAt;
            stats.acknowledged.increment();
            stats.ackLatency.record(latency / 1000);
            stats.dueToAck.record((now - waiting.dueNanos) / 1000);
            listener.acknowledged(new AckedUpload(spec.mn(), waiting.period, waiting.start, waiting.items, waiting.qn, waiting.resend,
                    latency));
            if (settings.faults().resendsAnsweredUpload()) {
                stats.resentAnswered.increment();
                queue.add(outgoing(waiting.period, waiting.start, waiting.items, System.nanoTime(), true));
            }
            pump();
        } else if (answer.refuses()) {
            answerDeadline = 0;
            inFlight = null;
            stats.refused.increment();
            if (!refusalLogged) {
                refusalLogged = true;
                log.warn("Device {} was refused with QnRtn {} (3: wrong password, 4: unknown or inactive MN); its refused frames are dropped",
                        spec.mn(), answer.qnRtn());
            }
            pump();
        } else {
            stats.strayAnswers.increment();
        }
    }

    private void wakeAt(long nanoTime) {
        cancel(wakeUp);
        wakeUp = loop.schedule(this::pump, Math.max(0, nanoTime - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** An upload encoded once; sent again byte for byte until answered. */
    private static final class Outgoing {
        private final UploadPeriod period;
        private final Instant start;
        private final List<CpItem> items;
        private final String qn;
        private final byte[] bytes;
        private final long dueNanos;
        private final boolean resend;
        private long firstSentAt;

        private Outgoing(UploadPeriod period, Instant start, List<CpItem> items, String qn, byte[] bytes, long dueNanos, boolean resend) {
            this.period = period;
            this.start = start;
            this.items = items;
            this.qn = qn;
            this.bytes = bytes;
            this.dueNanos = dueNanos;
            this.resend = resend;
        }
    }

    private final class AnswerHandler extends SimpleChannelInboundHandler<ByteBuf> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
            Answer.parse(ByteBufUtil.getBytes(line)).ifPresentOrElse(SimulatedDevice.this::onAnswer, stats.strayAnswers::increment);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
