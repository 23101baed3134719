package org.ecoledger.monitoring.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host's answers, echoing the received packet's QN so that the device can match them. Since
 * 2017 the QN is in the header and Flag carries the version (4 or 8, asking for no answer back);
 * a 2005 device expects the QN inside CP instead. Send an answer only once the packet is durably
 * stored: an answer tells the device it may forget the data. The methods taking a {@link Header}
 * throw IllegalArgumentException if a field to echo holds a delimiter; those taking a
 * {@link Packet} return nothing instead.
 */
public final class Acknowledgements {

    private static final String INTERACTION = "91";

    private Acknowledgements() {
    }

    /**
     * The answer the packet asks for, if it asks for one (Flag's A bit) and it is a data upload or
     * notification. None for a packet whose QN, PW or MN cannot be echoed because it holds a
     * delimiter: an answer the device would misread is worse than none, which it retries.
     */
    public static Optional<byte[]> answerFor(Packet packet) {
        Header header = packet.header();
        if (!header.answerRequested() || !canEchoAll(header)) {
            return Optional.empty();
        }
        MessageKind kind = packet.kind();
        if (kind.isUpload()) {
            return Optional.of(dataAnswer(header));
        }
        if (kind == MessageKind.NOTIFICATION) {
            return Optional.of(notificationAnswer(header));
        }
        return Optional.empty();
    }

    /**
     * 9011 for a received packet, as {@link #requestAnswer} does, but none for a packet whose QN,
     * PW or MN cannot be echoed, so that a refusal never throws on device data.
     */
    public static Optional<byte[]> requestAnswerFor(Packet request, QnRtn result) {
        return canEchoAll(request.header()) ? Optional.of(requestAnswer(request.header(), result)) : Optional.empty();
    }

    /** 9014: the upload was received. A 2005 answer names the upload's CN in CP. */
    public static byte[] dataAnswer(Header upload) {
        List<CpItem> cp = new ArrayList<>(2);
        if (isPre2017(upload)) {
            cp.add(new CpItem("CN", upload.cn()));
        }
        return answer(upload, "9014", cp);
    }

    /** 9013: the notification was received. */
    public static byte[] notificationAnswer(Header notification) {
        return answer(notification, "9013", new ArrayList<>(1));
    }

    /**
     * 9011: whether the request is taken. A 2005 device knows only codes 1 to 3, so it is told
     * {@link QnRtn#REJECTED} for any reason beyond those.
     */
    public static byte[] requestAnswer(Header request, QnRtn result) {
        List<CpItem> cp = new ArrayList<>(2);
        cp.add(new CpItem("QnRtn", Integer.toString(result.codeFor(request.version()))));
        return answer(request, "9011", cp);
    }

    private static byte[] answer(Header received, String cn, List<CpItem> cp) {
        if (isPre2017(received)) {
            if (received.qn() != null) {
                cp.add(0, new CpItem("QN", received.qn()));
            }
            Integer flag = received.flag() == null ? null : 0;
            return Hj212Encoder.encode(new Header(null, INTERACTION, cn, received.pw(), received.mn(), flag, null, null), cp);
        }
        int versionOnly = received.flag() & ~0b11;
        return Hj212Encoder.encode(
                new Header(received.qn(), INTERACTION, cn, received.pw(), received.mn(), versionOnly, null, null), cp);
    }

    private static boolean canEchoAll(Header header) {
        return canEchoQn(header.qn()) && canEcho(header.pw()) && canEcho(header.mn());
    }

    static boolean canEcho(String field) {
        return field == null || Hj212Encoder.isHeaderValue(field);
    }

    /** The QN goes in the header, or for 2005 into CP, where a value like {@code //…} would read as text. */
    private static boolean canEchoQn(String qn) {
        return canEcho(qn) && (qn == null || Hj212Encoder.isCpValue(qn));
    }

    private static boolean isPre2017(Header header) {
        return header.version() == ProtocolVersion.V2005;
    }
}
