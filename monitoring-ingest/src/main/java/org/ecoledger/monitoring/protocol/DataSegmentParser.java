package org.ecoledger.monitoring.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a data segment ({@code QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;CP=&&…&&}) tolerantly: header
 * fields in any order, {@code ,} or {@code ;} between them, spaces trimmed, the first value of a
 * repeated field used and the repeat kept. Whatever departs from the standard is reported as a
 * {@link Deviation}; only a segment without a usable CN is refused. Work and memory are linear in
 * the segment's length.
 */
public final class DataSegmentParser {

    /** The keys, packed as {@link SharedStrings#pack} packs them, so that a key is told by one comparison. */
    private static final long QN = key("QN");
    private static final long ST = key("ST");
    private static final long CN = key("CN");
    private static final long PW = key("PW");
    private static final long MN = key("MN");
    private static final long FLAG = key("Flag");
    private static final long PNUM = key("PNUM");
    private static final long PNO = key("PNO");
    private static final long CP = key("CP");
    private static final byte[] CP_START = Ascii.bytes("CP=&&");
    private static final byte EQUALS = '=';
    /** Where CP's = is in CP=&&, which a device may glue to the field before it. */
    private static final int CP_EQUALS = 2;

    private final byte[] bytes;
    private final int end;
    private final Deviations deviations = new Deviations();
    private final Delimiters delimiters;
    private List<Field> extras;
    private CommandParameters cp;
    private String qn;
    private String st;
    private String cn;
    private String pw;
    private String mn;
    private Integer flag;
    private Integer pnum;
    private Integer pno;
    private int pos;

    private DataSegmentParser(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
        this.delimiters = new Delimiters(bytes, offset, end);
    }

    /** Reads the frame's data segment in place. */
    public static Packet parse(RawFrame frame) {
        return parse(frame.array(), RawFrame.DATA_OFFSET, frame.dataLength());
    }

    public static Packet parse(byte[] segment) {
        return parse(segment, 0, segment.length);
    }

    /**
     * @throws Hj212FormatException if the segment has no CN of four digits, so is not HJ 212
     */
    public static Packet parse(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return new DataSegmentParser(bytes, offset, length).read();
    }

    private Packet read() {
        while (pos < end) {
            skipSeparators();
            if (pos < end) {
                field();
            }
        }
        if (cn == null || cn.length() != 4 || !Ascii.allDigits(cn)) {
            throw new Hj212FormatException("no CN of four digits: " + (cn == null ? "none" : cn));
        }
        if (cp == null) {
            deviations.add(Deviation.Type.MISSING_CP, "");
            cp = CommandParameters.EMPTY;
        }
        Header header = new Header(qn, st, cn, pw, mn, flag, pnum, pno);
        HeaderChecks.check(header, deviations);
        return new Packet(header, extras == null ? List.of() : extras, cp, deviations.list());
    }

    private void skipSeparators() {
        while (pos < end) {
            byte b = bytes[pos];
            if (b == ',') {
                deviations.add(Deviation.Type.COMMA_IN_HEADER, "");
            } else if (b != ';' && !Ascii.isSpace(b)) {
                return;
            }
            pos++;
        }
    }

    private void field() {
        int keyStart = pos;
        pos = headerStop(pos, true);
        int keyEnd = Ascii.trimEnd(bytes, keyStart, pos);
        if (pos >= end || bytes[pos] != '=') {
            deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
            return;
        }
        pos++;
        if (keyEnd == keyStart) {
            pos = headerStop(pos, false);
            deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
            return;
        }
        if (cp != null) {
            deviations.add(Deviation.Type.FIELD_AFTER_CP, bytes, keyStart, keyEnd);
        }
        long key = SharedStrings.pack(bytes, keyStart, keyEnd);
        if (key == CP) {
            CpTokenizer.Result result = CpTokenizer.tokenize(bytes, pos, end, deviations, delimiters);
            if (cp == null) {
                cp = result.cp();
            }
            pos = result.next();
            return;
        }
        int valueStart = Ascii.skipSpaces(bytes, pos, end);
        pos = valueEnd(valueStart);
        if (pos < end && bytes[pos] == 'C') {
            deviations.add(Deviation.Type.MISSING_SEPARATOR, bytes, keyStart, pos);
        }
        assign(key, keyStart, keyEnd, valueStart, Ascii.trimEnd(bytes, valueStart, pos));
    }

    /** The first {@code ;} or {@code ,} from {@code from}, or {@code =} too if asked; else end. */
    private int headerStop(int from, boolean orEquals) {
        int at = delimiters.next(from);
        while (at < end && (bytes[at] == '&' || (bytes[at] == EQUALS && !orEquals))) {
            at = delimiters.next(at + 1);
        }
        return at;
    }

    /** Where a header value ends: at {@code ;}, {@code ,}, a CP glued to it, or the segment's end. */
    private int valueEnd(int valueStart) {
        int at = delimiters.next(valueStart);
        while (at < end) {
            byte b = bytes[at];
            if (b == ';' || b == ',') {
                return at;
            }
            if (b == EQUALS && at - CP_EQUALS >= valueStart && cpStartsAt(at - CP_EQUALS)) {
                return at - CP_EQUALS;
            }
            at = delimiters.next(at + 1);
        }
        return end;
    }

    private boolean cpStartsAt(int at) {
        return end - at >= CP_START.length && Ascii.equals(bytes, at, at + CP_START.length, CP_START);
    }

    private void assign(long key, int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (key == QN) {
            qn = text(qn, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == ST) {
            st = text(st, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == CN) {
            cn = text(cn, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == PW) {
            pw = text(pw, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == MN) {
            mn = text(mn, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == FLAG) {
            flag = number(flag, 255, Deviation.Type.BAD_FLAG, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == PNUM) {
            pnum = number(pnum, 9999, Deviation.Type.BAD_PACKET_NUMBER, keyStart, keyEnd, valueStart, valueEnd);
        } else if (key == PNO) {
            pno = number(pno, 9999, Deviation.Type.BAD_PACKET_NUMBER, keyStart, keyEnd, valueStart, valueEnd);
        } else {
            deviations.add(Deviation.Type.UNKNOWN_HEADER_FIELD, bytes, keyStart, keyEnd);
            keep(keyStart, keyEnd, valueStart, valueEnd);
        }
    }

    private static long key(String name) {
        byte[] bytes = Ascii.bytes(name);
        return SharedStrings.pack(bytes, 0, bytes.length);
    }

    /**
     * The first value of a text field wins; a repeat is kept among the extra fields. CN and ST
     * values the standard lists are shared strings.
     */
    private String text(String current, int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (current != null) {
            repeated(keyStart, keyEnd, valueStart, valueEnd);
            return current;
        }
        return SharedStrings.decode(bytes, valueStart, valueEnd);
    }

    private Integer number(Integer current, int max, Deviation.Type invalid,
                           int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (current != null) {
            repeated(keyStart, keyEnd, valueStart, valueEnd);
            return current;
        }
        int value = Ascii.parseDigits(bytes, valueStart, valueEnd);
        if (value < 0 || value > max) {
            deviations.add(invalid, bytes, keyStart, valueEnd);
            keep(keyStart, keyEnd, valueStart, valueEnd);
            return null;
        }
        return value;
    }

    private void repeated(int keyStart, int keyEnd, int valueStart, int valueEnd) {
        deviations.add(Deviation.Type.DUPLICATE_HEADER_FIELD, bytes, keyStart, valueEnd);
        keep(keyStart, keyEnd, valueStart, valueEnd);
    }

    private void keep(int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (extras == null) {
            extras = new ArrayList<>(2);
        }
        extras.add(new Field(Ascii.decode(bytes, keyStart, keyEnd), Ascii.decode(bytes, valueStart, valueEnd)));
    }
}
