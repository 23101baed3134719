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

    private static final byte[] QN = Ascii.bytes("QN");
    private static final byte[] ST = Ascii.bytes("ST");
    private static final byte[] CN = Ascii.bytes("CN");
    private static final byte[] PW = Ascii.bytes("PW");
    private static final byte[] MN = Ascii.bytes("MN");
    private static final byte[] FLAG = Ascii.bytes("Flag");
    private static final byte[] PNUM = Ascii.bytes("PNUM");
    private static final byte[] PNO = Ascii.bytes("PNO");
    private static final byte[] CP = Ascii.bytes("CP");
    private static final byte[] CP_START = Ascii.bytes("CP=&&");
    private static final byte EQUALS = '=';
    private static final byte SEMICOLON = ';';
    /** The first letter of CP, which a device may glue to the field before it. */
    private static final byte C = 'C';

    private final byte[] bytes;
    private final int end;
    private final Deviations deviations = new Deviations();
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
        pos = Ascii.indexOfSeparatorOr(bytes, pos, end, EQUALS, EQUALS);
        int keyEnd = Ascii.trimEnd(bytes, keyStart, pos);
        if (pos >= end || bytes[pos] != '=') {
            deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
            return;
        }
        pos++;
        if (keyEnd == keyStart) {
            pos = Ascii.indexOfSeparatorOr(bytes, pos, end, SEMICOLON, SEMICOLON);
            deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
            return;
        }
        if (cp != null) {
            deviations.add(Deviation.Type.FIELD_AFTER_CP, bytes, keyStart, keyEnd);
        }
        if (Ascii.equals(bytes, keyStart, keyEnd, CP)) {
            CpTokenizer.Result result = CpTokenizer.tokenize(bytes, pos, end, deviations);
            if (cp == null) {
                cp = result.cp();
            }
            pos = result.next();
            return;
        }
        int valueStart = Ascii.skipSpaces(bytes, pos, end);
        pos = Ascii.indexOfSeparatorOr(bytes, valueStart, end, C, C);
        while (pos < end && bytes[pos] == C && !cpStartsAt(pos)) {
            pos = Ascii.indexOfSeparatorOr(bytes, pos + 1, end, C, C);
        }
        if (pos < end && bytes[pos] == 'C') {
            deviations.add(Deviation.Type.MISSING_SEPARATOR, bytes, keyStart, pos);
        }
        assign(keyStart, keyEnd, valueStart, Ascii.trimEnd(bytes, valueStart, pos));
    }

    private boolean cpStartsAt(int at) {
        if (bytes[at] != 'C' || end - at < CP_START.length) {
            return false;
        }
        return Ascii.equals(bytes, at, at + CP_START.length, CP_START);
    }

    private void assign(int keyStart, int keyEnd, int valueStart, int valueEnd) {
        int length = keyEnd - keyStart;
        if (length == 2) {
            if (Ascii.equals(bytes, keyStart, keyEnd, QN)) {
                qn = text(qn, keyStart, keyEnd, valueStart, valueEnd);
                return;
            }
            if (Ascii.equals(bytes, keyStart, keyEnd, ST)) {
                st = text(st, keyStart, keyEnd, valueStart, valueEnd);
                return;
            }
            if (Ascii.equals(bytes, keyStart, keyEnd, CN)) {
                cn = text(cn, keyStart, keyEnd, valueStart, valueEnd);
                return;
            }
            if (Ascii.equals(bytes, keyStart, keyEnd, PW)) {
                pw = text(pw, keyStart, keyEnd, valueStart, valueEnd);
                return;
            }
            if (Ascii.equals(bytes, keyStart, keyEnd, MN)) {
                mn = text(mn, keyStart, keyEnd, valueStart, valueEnd);
                return;
            }
        } else if (Ascii.equals(bytes, keyStart, keyEnd, FLAG)) {
            flag = number(flag, 255, Deviation.Type.BAD_FLAG, keyStart, keyEnd, valueStart, valueEnd);
            return;
        } else if (Ascii.equals(bytes, keyStart, keyEnd, PNUM)) {
            pnum = number(pnum, 9999, Deviation.Type.BAD_PACKET_NUMBER, keyStart, keyEnd, valueStart, valueEnd);
            return;
        } else if (Ascii.equals(bytes, keyStart, keyEnd, PNO)) {
            pno = number(pno, 9999, Deviation.Type.BAD_PACKET_NUMBER, keyStart, keyEnd, valueStart, valueEnd);
            return;
        }
        deviations.add(Deviation.Type.UNKNOWN_HEADER_FIELD, bytes, keyStart, keyEnd);
        keep(keyStart, keyEnd, valueStart, valueEnd);
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
