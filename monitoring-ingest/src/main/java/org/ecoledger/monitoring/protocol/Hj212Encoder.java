package org.ecoledger.monitoring.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes frames exactly as the standard does, whatever the devices do: fields in the order
 * {@code QN;ST;CN;PW;MN;Flag;PNUM;PNO;CP=&&…&&} (absent ones left out), {@code ,} between fields
 * of one factor and {@code ;} elsewhere, the length in UTF-8 bytes, an upper-case CRC and CR LF.
 * Input that the standard cannot express is refused rather than written wrongly.
 */
public final class Hj212Encoder {

    private Hj212Encoder() {
    }

    /**
     * @throws IllegalArgumentException if CN is not four digits, a key or value holds a
     *                                  delimiter, or the data segment exceeds 1024 bytes
     */
    public static byte[] encode(Header header, List<CpItem> cp) {
        StringBuilder segment = new StringBuilder(128 + cp.size() * 24);
        if (header.cn() == null || header.cn().length() != 4 || !Ascii.allDigits(header.cn())) {
            throw new IllegalArgumentException("CN is four digits: " + header.cn());
        }
        appendField(segment, "QN", header.qn());
        appendField(segment, "ST", header.st());
        appendField(segment, "CN", header.cn());
        appendField(segment, "PW", header.pw());
        appendField(segment, "MN", header.mn());
        appendNumber(segment, "Flag", header.flag(), 255);
        appendNumber(segment, "PNUM", header.pnum(), 9999);
        appendNumber(segment, "PNO", header.pno(), 9999);
        segment.append("CP=&&");
        CpItem previous = null;
        for (CpItem item : cp) {
            requireKey(item.key());
            requireValue(item.value());
            if (previous != null) {
                segment.append(sameFactor(previous, item) ? ',' : ';');
            }
            segment.append(item.key()).append('=').append(item.value());
            previous = item;
        }
        segment.append("&&");
        return frame(segment.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps a data segment in {@code ##}, its length, its standard CRC and CR LF. */
    public static byte[] frame(byte[] segment) {
        if (segment.length > FramingPolicy.STANDARD_MAX_DATA_LENGTH) {
            throw new IllegalArgumentException("a data segment is at most 1024 bytes, not " + segment.length);
        }
        byte[] frame = new byte[segment.length + FramingPolicy.FRAME_OVERHEAD];
        byte[] crc = Hj212Crc.toHex(Hj212Crc.standard(segment, 0, segment.length)).getBytes(StandardCharsets.US_ASCII);
        frame[0] = '#';
        frame[1] = '#';
        for (int i = 5, length = segment.length; i >= 2; i--, length /= 10) {
            frame[i] = (byte) ('0' + length % 10);
        }
        System.arraycopy(segment, 0, frame, RawFrame.DATA_OFFSET, segment.length);
        System.arraycopy(crc, 0, frame, RawFrame.DATA_OFFSET + segment.length, crc.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    private static boolean sameFactor(CpItem previous, CpItem item) {
        return previous.key().lastIndexOf('-') > 0 && item.key().lastIndexOf('-') > 0
                && previous.factorCode().equals(item.factorCode());
    }

    private static void appendField(StringBuilder segment, String key, String value) {
        if (value == null) {
            return;
        }
        if (!isHeaderValue(value)) {
            throw new IllegalArgumentException(key + " cannot be written as a header field: '" + value + "'");
        }
        segment.append(key).append('=').append(value).append(';');
    }

    /** Whether the value survives as a header field: devices may send ones that do not, such as {@code QN==…}. */
    static boolean isHeaderValue(String value) {
        return !value.isEmpty() && !hasOuterSpace(value) && !containsAny(value, ";,=&");
    }

    private static void appendNumber(StringBuilder segment, String key, Integer value, int max) {
        if (value == null) {
            return;
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(key + " is a number from 0 to " + max + ": " + value);
        }
        segment.append(key).append('=').append(value.intValue()).append(';');
    }

    private static void requireKey(String key) {
        if (key.isEmpty() || hasOuterSpace(key) || containsAny(key, ";,=&")) {
            throw new IllegalArgumentException("not a CP key: '" + key + "'");
        }
    }

    private static void requireValue(String value) {
        if (!isCpValue(value)) {
            throw new IllegalArgumentException("not a CP value: '" + value + "'");
        }
    }

    /** A text value is {@code //text//}; anything else must not look like one or hold a delimiter. */
    static boolean isCpValue(String value) {
        if (value.startsWith("//")) {
            String text = value.length() >= 4 && value.endsWith("//") ? value.substring(2, value.length() - 2) : null;
            return text != null && !text.contains("//") && !text.endsWith("/");
        }
        return !hasOuterSpace(value) && !containsAny(value, ";,") && !value.contains("&&") && !value.endsWith("&");
    }

    private static boolean hasOuterSpace(String text) {
        return !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
    }

    /** The parser trims these around keys and values, so they cannot survive there. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
