package org.ecoledger.monitoring.protocol;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Requests the host sends a device of its own accord. The device answers a request with 9011 and
 * 9012 echoing its QN; those answers arrive as {@link MessageKind#RESPONSE} and are kept with the
 * raw frames.
 */
public final class HostRequests {

    private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter SYSTEM_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private HostRequests() {
    }

    /**
     * 1012 set time, to the device that sent {@code from}, in its edition (Flag's version bits kept,
     * A set so that it answers), under its ST, PW and MN. HJ 212 carries no time zone and loggers keep
     * Beijing time, so {@code beijingTime} is the host's clock in Beijing; it also names the request
     * (QN). None when the device's PW, MN or ST cannot be written back unchanged.
     */
    public static Optional<byte[]> setTime(Header from, LocalDateTime beijingTime) {
        if (!Acknowledgements.canEcho(from.pw()) || !Acknowledgements.canEcho(from.mn()) || !Acknowledgements.canEcho(from.st())) {
            return Optional.empty();
        }
        Integer flag = from.flag() == null ? null : (from.flag() & ~0b11) | 1;
        Header request = new Header(beijingTime.format(QN), from.st(), "1012", from.pw(), from.mn(), flag, null, null);
        return Optional.of(Hj212Encoder.encode(request, List.of(new CpItem("SystemTime", beijingTime.format(SYSTEM_TIME)))));
    }
}
