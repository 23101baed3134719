package org.ecoledger.monitoring.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.monitoring.accounting.AccountingConfig;
import org.ecoledger.monitoring.device.DeviceActivity;
import org.ecoledger.monitoring.device.RegisteredDevice;
import org.ecoledger.monitoring.protocol.Acknowledgements;
import org.ecoledger.monitoring.protocol.CrcProfile;
import org.ecoledger.monitoring.protocol.DataSegmentParser;
import org.ecoledger.monitoring.protocol.FramingPolicy;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.HostRequests;
import org.ecoledger.monitoring.protocol.Hj212FormatException;
import org.ecoledger.monitoring.protocol.Hj212FrameDecoder;
import org.ecoledger.monitoring.protocol.MessageKind;
import org.ecoledger.monitoring.protocol.Packet;
import org.ecoledger.monitoring.protocol.QnRtn;
import org.ecoledger.monitoring.protocol.RawFrame;
import org.ecoledger.monitoring.protocol.Trailer;
import org.ecoledger.monitoring.protocol.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One device connection. It binds to the MN it first authenticates as; every frame is checked
 * (framing and CRC by the device's registered profile, password, rate), written to Kafka, and only
 * then answered, so that an acknowledged reading cannot be lost.
 *
 * <p>Framing depends on the device, which only a frame names: the connection is framed as
 * leniently as any registered device needs ({@link FramingPolicy#UNKNOWN_DEVICE}) until its first
 * accepted frame, and then by its device's policy. Every frame, including those cut before the
 * connection was bound, is judged by that policy; what departs from the standard is counted, and
 * accepted only from a device registered for it.
 */
final class Hj212ConnectionHandler extends SimpleChannelInboundHandler<RawFrame> {

    static final String CHANNEL = "hj212";
    private static final String TIME_CALIBRATION_REQUEST = "1013";
    private static final Duration UNASKED_TIME_SETTING_INTERVAL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Hj212ConnectionHandler.class);

    private final ReadingIntake intake;
    private final ReadingPublisher publisher;
    private final DeviceActivity activity;
    private final Subpackets subpackets;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Timer ackLatency;
    /** The accounting's leeway for readings dated after their receipt; beyond it the device's clock is set. */
    private final Duration datedAheadUpTo;
    private DeviceMn boundTo;
    private String remoteAddress;
    private Instant timeLastSet;

    Hj212ConnectionHandler(ReadingIntake intake, ReadingPublisher publisher, DeviceActivity activity, Subpackets subpackets,
                           MeterRegistry meters, Clock clock, Duration datedAheadUpTo) {
        this.intake = intake;
        this.publisher = publisher;
        this.activity = activity;
        this.subpackets = subpackets;
        this.meters = meters;
        this.clock = clock;
        this.datedAheadUpTo = datedAheadUpTo;
        this.ackLatency = Timer.builder("ecoledger.ingest.ack.latency").tag("channel", CHANNEL).publishPercentileHistogram()
                .register(meters);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RawFrame frame) {
        long started = System.nanoTime();
        Instant receivedAt = clock.instant();
        Packet packet;
        try {
            packet = DataSegmentParser.parse(frame);
        } catch (Hj212FormatException e) {
            intake.reject(boundTo, Rejection.MALFORMED, CHANNEL);
            return;
        }
        Header header = packet.header();
        DeviceMn mn = mnOf(header).orElse(null);
        if (mn == null) {
            intake.reject(boundTo, Rejection.MALFORMED, CHANNEL);
            return;
        }
        if (boundTo != null && !boundTo.equals(mn)) {
            intake.reject(boundTo, Rejection.MN_CHANGED_ON_CONNECTION, CHANNEL);
            return;
        }
        var admission = intake.admit(mn, header.pw(), CHANNEL);
        if (!admission.admitted()) {
            answerRefusal(ctx, packet, admission.rejection());
            return;
        }
        RegisteredDevice device = admission.device();
        FramingPolicy framing = framingOf(device);
        if (!framingAccepted(frame, device, framing) || !crcAccepted(frame, device)) {
            return;
        }
        if (boundTo == null) {
            boundTo = mn;
            remoteAddress = String.valueOf(ctx.channel().remoteAddress());
            activity.connected(mn, true);
            Hj212FrameDecoder decoder = ctx.pipeline().get(Hj212FrameDecoder.class);
            if (decoder != null) {
                decoder.bind(framing);
            }
        }
        // Both writes start here, on this thread: chaining the second onto the first's completion would
        // run it on Kafka's I/O thread, where a send that needs metadata blocks the thread that fetches it.
        CompletableFuture<Void> raw = publisher.rawFrame(mn, frame.bytes(), remoteAddress, receivedAt);
        Optional<ReadingPeriod> period = Readings.periodOf(packet.kind());
        Upload upload = period.isPresent() ? Upload.of(packet) : null;
        CompletableFuture<?> reading = period.isPresent() ? readingOf(device, packet, period.get(), upload, receivedAt)
                : CompletableFuture.completedFuture(null);
        // Encoded here, not in the completion: that runs on the producer's one I/O thread, which every connection shares.
        byte[] answer = Acknowledgements.answerFor(packet).orElse(null);
        TimeSetting setTime = timeSetting(packet, upload, receivedAt).orElse(null);
        CompletableFuture.allOf(raw, reading).whenComplete((done, failure) -> {
            if (failure != null) {
                log.warn("Not acknowledging a frame from {}: it could not be written to Kafka ({})", mn, failure.getMessage());
                intake.reject(mn, Rejection.PUBLISH_FAILED, CHANNEL);
                return;
            }
            if (answer != null) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(answer));
                ackLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            if (setTime != null) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(setTime.frame()));
                meters.counter("ecoledger.ingest.time.set", "cause", setTime.cause()).increment();
            }
        });
    }

    /**
     * 1012 set time, when the device asks to be calibrated (1013) or dates an upload further after
     * its receipt than the accounting accepts: the accounting refuses such readings, and a logger
     * whose clock is set right stops sending them. Unasked, at most once an hour per connection, so a
     * logger that ignores the request is not sent one with every upload.
     */
    private Optional<TimeSetting> timeSetting(Packet packet, Upload upload, Instant receivedAt) {
        String cause;
        if (packet.kind() == MessageKind.NOTIFICATION && TIME_CALIBRATION_REQUEST.equals(packet.header().cn())) {
            cause = "requested";
        } else if (upload != null && upload.dataTime() != null
                && AccountingConfig.isDatedAhead(Readings.instantOf(upload.dataTime()), receivedAt, datedAheadUpTo)
                && (timeLastSet == null || !receivedAt.isBefore(timeLastSet.plus(UNASKED_TIME_SETTING_INTERVAL)))) {
            cause = "dated_ahead";
        } else {
            return Optional.empty();
        }
        Optional<byte[]> request = HostRequests.setTime(packet.header(), LocalDateTime.ofInstant(receivedAt, Validity.CHINA));
        request.ifPresent(frame -> timeLastSet = receivedAt);
        return request.map(frame -> new TimeSetting(frame, cause));
    }

    /** A 1012 to send once the frame that drew it is stored, and why (the counter's bounded tag). */
    private record TimeSetting(byte[] frame, String cause) {
    }

    /** Publishes the reading an upload carries. */
    private CompletableFuture<?> readingOf(RegisteredDevice device, Packet packet, ReadingPeriod period, Upload upload, Instant receivedAt) {
        if (upload.dataTime() == null) {
            intake.reject(device.mn(), Rejection.MALFORMED, CHANNEL);
            return CompletableFuture.completedFuture(null);
        }
        if (packet.header().isSubpacket()) {
            return subpackets.add(device, period, packet, upload, receivedAt);
        }
        return intake.accept(device, Readings.reading(device, period, upload, receivedAt), CHANNEL);
    }

    /**
     * The device's registered framing: lenient for a field logger whose framing departs from the
     * standard (no CR LF, a bare LF or {@code \r\n} as text, segments beyond 1024 bytes), otherwise as
     * the standard says. Registered devices default to what their CRC variant implies (Modbus loggers lenient).
     */
    static FramingPolicy framingOf(RegisteredDevice device) {
        return device.framing() == DeviceFraming.LENIENT ? FramingPolicy.LENIENT : FramingPolicy.STRICT;
    }

    /** The frame's trailer and length against the device's framing; each departure counted, whether taken or not. */
    private boolean framingAccepted(RawFrame frame, RegisteredDevice device, FramingPolicy framing) {
        if (frame.trailer() == Trailer.CRLF && !frame.isOversized()) {
            return true;
        }
        if (!framing.accepts(frame)) {
            intake.reject(device.mn(), Rejection.FRAMING_NOT_REGISTERED, CHANNEL);
            return false;
        }
        if (frame.trailer() != Trailer.CRLF) {
            meters.counter("ecoledger.ingest.framing.variant", "deviation", "TRAILER_" + frame.trailer().name()).increment();
        }
        if (frame.isOversized()) {
            meters.counter("ecoledger.ingest.framing.variant", "deviation", "OVERSIZED").increment();
        }
        return true;
    }

    private boolean crcAccepted(RawFrame frame, RegisteredDevice device) {
        CrcProfile registered = CrcProfile.valueOf(device.crcVariant().name());
        if (frame.crcMatches(registered)) {
            if (device.crcVariant() != CrcVariant.STANDARD) {
                meters.counter("ecoledger.ingest.crc.variant", "variant", device.crcVariant().name()).increment();
            }
            return true;
        }
        boolean otherVariant = frame.crcProfile().isPresent();
        intake.reject(device.mn(), otherVariant ? Rejection.CRC_VARIANT_NOT_REGISTERED : Rejection.CRC_MISMATCH, CHANNEL);
        return false;
    }

    /** Where the protocol has a code for the refusal, the device hears it; nothing is accepted either way. */
    private static void answerRefusal(ChannelHandlerContext ctx, Packet packet, Rejection rejection) {
        QnRtn code = switch (rejection) {
            case UNKNOWN_DEVICE, DEVICE_NOT_ACTIVE -> QnRtn.MN_ERROR;
            case WRONG_PASSWORD -> QnRtn.PASSWORD_ERROR;
            default -> null;
        };
        if (code != null && packet.header().answerRequested()) {
            // Empty when the request's own fields cannot be echoed (a password holding a delimiter, say).
            Acknowledgements.requestAnswerFor(packet, code).ifPresent(answer -> ctx.writeAndFlush(Unpooled.wrappedBuffer(answer)));
        }
    }

    private static Optional<DeviceMn> mnOf(Header header) {
        try {
            return Optional.ofNullable(header.mn()).map(DeviceMn::of);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (boundTo != null) {
            activity.connected(boundTo, false);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
