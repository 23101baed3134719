package org.ecoledger.monitoring.protocol;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The codec's reading as first written, one byte at a time, kept as the reference that the
 * optimised parser and upload reader must agree with (see {@link OptimisedReadingContractTest}).
 * Header rules, DataTime, deviation collection and the byte helpers that did not change are
 * shared with the codec; the scans, the factor grouping and the typed upload are this file's own,
 * as first written, and decimals are read as Java reads them.
 */
final class ReferenceDecoder {

    private ReferenceDecoder() {
    }

    static Packet parse(byte[] bytes, int offset, int length) {
        return Parser.parse(bytes, offset, length);
    }

    static Upload upload(Packet packet) {
        return Typed.upload(packet);
    }

    static final class Parser {

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

        private Parser(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.pos = offset;
            this.end = offset + length;
        }

        /**
         * @throws Hj212FormatException if the segment has no CN of four digits, so is not HJ 212
         */
        public static Packet parse(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            return new Parser(bytes, offset, length).read();
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
            while (pos < end && bytes[pos] != '=' && bytes[pos] != ';' && bytes[pos] != ',') {
                pos++;
            }
            int keyEnd = Ascii.trimEnd(bytes, keyStart, pos);
            if (pos >= end || bytes[pos] != '=') {
                deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
                return;
            }
            pos++;
            if (keyEnd == keyStart) {
                while (pos < end && bytes[pos] != ';' && bytes[pos] != ',') {
                    pos++;
                }
                deviations.add(Deviation.Type.MALFORMED_FIELD, bytes, keyStart, pos);
                return;
            }
            if (cp != null) {
                deviations.add(Deviation.Type.FIELD_AFTER_CP, bytes, keyStart, keyEnd);
            }
            if (Ascii.equals(bytes, keyStart, keyEnd, CP)) {
                Tokenizer.Result result = Tokenizer.tokenize(bytes, pos, end, deviations);
                if (cp == null) {
                    cp = result.cp();
                }
                pos = result.next();
                return;
            }
            int valueStart = Ascii.skipSpaces(bytes, pos, end);
            pos = valueStart;
            while (pos < end && bytes[pos] != ';' && bytes[pos] != ',' && !cpStartsAt(pos)) {
                pos++;
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

        /** The first value of a text field wins; a repeat is kept among the extra fields. */
        private String text(String current, int keyStart, int keyEnd, int valueStart, int valueEnd) {
            if (current != null) {
                repeated(keyStart, keyEnd, valueStart, valueEnd);
                return current;
            }
            return Ascii.decode(bytes, valueStart, valueEnd);
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

    static final class Tokenizer {

        private static final byte AMP = '&';
        private static final byte SLASH = '/';
        private static final int BYTES_PER_ITEM = 12;
        /** Per item: keyStart, keyEnd, valueStart, valueEnd, dash, continues; packed as the optimised index at the end. */
        private static final int ITEM_INTS = 6;

        private final byte[] bytes;
        private final int end;
        private final Deviations deviations;
        private int pos;
        private int[] index;
        private int size;

        private Tokenizer(byte[] bytes, int from, int end, Deviations deviations) {
            this.bytes = bytes;
            this.pos = from;
            this.end = end;
            this.deviations = deviations;
            // Uploads average a dozen bytes per item; sizing for that spares growing the index.
            this.index = new int[(Math.max(0, end - from) / BYTES_PER_ITEM + 1) * ITEM_INTS];
        }

        /** The CP whose value starts at {@code from}, and where the segment goes on after it. */
        record Result(CommandParameters cp, int next) {
        }

        static Result tokenize(byte[] bytes, int from, int end, Deviations deviations) {
            Tokenizer tokenizer = new Tokenizer(bytes, from, end, deviations);
            tokenizer.run();
            int[] packed = new int[tokenizer.size * CommandParameters.STRIDE];
            for (int item = 0; item < tokenizer.size; item++) {
                int at = item * ITEM_INTS;
                int[] index = tokenizer.index;
                CommandParameters.put(packed, item, index[at], index[at + 1], index[at + 2], index[at + 3], index[at + 4], index[at + 5] != 0);
            }
            return new Result(new CommandParameters(bytes, packed, tokenizer.size), tokenizer.pos);
        }

        private void run() {
            pos = Ascii.skipSpaces(bytes, pos, end);
            boolean delimited = Ascii.isPair(bytes, pos, end, AMP);
            if (delimited) {
                pos += 2;
            } else {
                deviations.add(Deviation.Type.UNDELIMITED_CP, "");
            }
            byte separator = 0;
            while (true) {
                pos = Ascii.skipSpaces(bytes, pos, end);
                if (pos >= end) {
                    if (delimited) {
                        deviations.add(Deviation.Type.UNTERMINATED_CP, "");
                    }
                    return;
                }
                // Even without an opening "&&", a "&&" where an item would start can only be CP's end.
                if (Ascii.isPair(bytes, pos, end, AMP)) {
                    pos += 2;
                    return;
                }
                byte b = bytes[pos];
                if (b == ';' || b == ',') {
                    separator = b;
                    pos++;
                    continue;
                }
                item(separator);
                separator = 0;
            }
        }

        private void item(byte separator) {
            int keyStart = pos;
            for (; pos < end; pos++) {
                byte b = bytes[pos];
                if (b == '=' || b == ';' || b == ',' || (b == AMP && Ascii.isPair(bytes, pos, end, AMP))) {
                    break;
                }
            }
            if (pos >= end || bytes[pos] != '=') {
                deviations.add(Deviation.Type.MALFORMED_CP_ITEM, bytes, keyStart, pos);
                return;
            }
            int keyEnd = Ascii.trimEnd(bytes, keyStart, pos);
            pos = Ascii.skipSpaces(bytes, pos + 1, end);
            int valueStart = pos;
            int valueEnd = Ascii.isPair(bytes, pos, end, SLASH) ? text() : plainValue(valueStart);
            if (keyEnd == keyStart) {
                deviations.add(Deviation.Type.MALFORMED_CP_ITEM, bytes, keyStart, valueEnd);
            } else {
                add(keyStart, keyEnd, valueStart, valueEnd, dash(keyStart, keyEnd), separator);
            }
            pos = Ascii.skipSpaces(bytes, pos, end);
            if (pos < end && bytes[pos] != ';' && bytes[pos] != ',' && !Ascii.isPair(bytes, pos, end, AMP)) {
                deviations.add(Deviation.Type.MISSING_CP_SEPARATOR, bytes, keyStart, pos);
            }
        }

        /** The last dash of a key, which separates a factor code from its suffix; -1 if there is none. */
        private int dash(int keyStart, int keyEnd) {
            for (int i = keyEnd - 1; i > keyStart; i--) {
                if (bytes[i] == '-') {
                    return i;
                }
            }
            return -1;
        }

        private int plainValue(int valueStart) {
            for (; pos < end; pos++) {
                byte b = bytes[pos];
                if (b == ';' || b == ',' || (b == AMP && Ascii.isPair(bytes, pos, end, AMP))) {
                    break;
                }
            }
            return Ascii.trimEnd(bytes, valueStart, pos);
        }

        private int text() {
            int close = Ascii.indexOfPair(bytes, pos + 2, end, SLASH);
            if (close >= 0) {
                pos = close + 2;
                return pos;
            }
            deviations.add(Deviation.Type.UNTERMINATED_TEXT, bytes, pos, end);
            int cpEnd = Ascii.lastIndexOfPair(bytes, pos + 2, end, AMP);
            pos = cpEnd >= 0 ? cpEnd : end;
            return pos;
        }

        private void add(int keyStart, int keyEnd, int valueStart, int valueEnd, int dash, byte separator) {
            int at = size * ITEM_INTS;
            boolean continuesFactor = size > 0 && dash >= 0 && sameFactorAsPrevious(at, keyStart, dash);
            // Fields of one factor are joined by ",", different factors and other items by ";".
            if (separator != 0 && continuesFactor != (separator == ',')) {
                deviations.add(Deviation.Type.SEPARATOR_MISMATCH, bytes, keyStart, keyEnd);
            }
            if (at == index.length) {
                index = Arrays.copyOf(index, Math.max(at * 2, ITEM_INTS * 8));
            }
            index[at] = keyStart;
            index[at + 1] = keyEnd;
            index[at + 2] = valueStart;
            index[at + 3] = valueEnd;
            index[at + 4] = dash;
            index[at + 5] = continuesFactor ? 1 : 0;
            size++;
        }

        private boolean sameFactorAsPrevious(int at, int keyStart, int dash) {
            int previous = at - ITEM_INTS;
            int previousDash = index[previous + 4];
            return previousDash >= 0 && Bytes.regionEquals(bytes, index[previous], previousDash, keyStart, dash);
        }
    }

    static final class Typed {

        private Typed() {
        }

        private static final byte[] DATA_TIME = Ascii.bytes("DataTime");

        /** Reads the packet's CP as an upload, the first of a repeated field winning; never throws on device data. */
        static Upload upload(Packet packet) {
            CommandParameters cp = packet.cp();
            byte[] bytes = cp.bytes();
            Deviations deviations = new Deviations();
            List<Builder> factors = new ArrayList<>();
            LocalDateTime dataTime = null;
            boolean dataTimeSeen = false;
            Builder current = null;
            for (int item = 0; item < cp.size(); item++) {
                int keyStart = cp.keyStart(item);
                int keyEnd = cp.keyEnd(item);
                int valueStart = cp.valueStart(item);
                int valueEnd = cp.valueEnd(item);
                if (Ascii.equals(bytes, keyStart, keyEnd, DATA_TIME)) {
                    if (dataTimeSeen) {
                        deviations.add(Deviation.Type.DUPLICATE_CP_KEY, bytes, keyStart, valueEnd);
                    } else {
                        dataTimeSeen = true;
                        dataTime = dataTime(bytes, valueStart, valueEnd, deviations);
                    }
                    continue;
                }
                int dash = cp.dash(item);
                if (dash < 0) {
                    continue;
                }
                if (current == null || !cp.continuesFactor(item)) {
                    current = find(factors, bytes, keyStart, dash);
                }
                if (!current.set(keyStart, dash + 1, keyEnd, valueStart, valueEnd, deviations)) {
                    deviations.add(Deviation.Type.DUPLICATE_CP_KEY, bytes, keyStart, valueEnd);
                }
            }
            if (!dataTimeSeen) {
                deviations.add(Deviation.Type.MISSING_DATA_TIME, "");
            }
            List<FactorValues> built = new ArrayList<>(factors.size());
            for (Builder factor : factors) {
                built.add(factor.build());
            }
            return new Upload(dataTime, built, deviations.list());
        }

        private static Builder find(List<Builder> factors, byte[] bytes, int codeStart, int codeEnd) {
            for (Builder factor : factors) {
                if (factor.hasCode(codeStart, codeEnd)) {
                    return factor;
                }
            }
            Builder added = new Builder(bytes, codeStart, codeEnd);
            factors.add(added);
            return added;
        }

        private static LocalDateTime dataTime(byte[] bytes, int start, int end, Deviations deviations) {
            LocalDateTime time = DataTimes.parse(bytes, start, end);
            if (time == null) {
                deviations.add(Deviation.Type.BAD_DATA_TIME, bytes, start, end);
            } else if (end - start == DataTimes.LENGTH_WITH_MILLIS) {
                deviations.add(Deviation.Type.DATA_TIME_WITH_MILLIS, bytes, start, end);
            }
            return time;
        }
    }

    static final class Builder {

        private static final int FIELDS = FactorField.values().length;

        private final byte[] bytes;
        private final int codeStart;
        private final int codeEnd;
        /** A BigDecimal or String per {@link FactorField}, by ordinal. */
        private final Object[] values = new Object[FIELDS];
        private Map<String, String> others;

        Builder(byte[] bytes, int codeStart, int codeEnd) {
            this.bytes = bytes;
            this.codeStart = codeStart;
            this.codeEnd = codeEnd;
        }

        boolean hasCode(int start, int end) {
            return Bytes.regionEquals(bytes, codeStart, codeEnd, start, end);
        }

        /** Takes the field unless it was already set; false for a repeat. */
        boolean set(int keyStart, int suffixStart, int suffixEnd, int valueStart, int valueEnd, Deviations deviations) {
            FactorField field = Fields.find(bytes, suffixStart, suffixEnd);
            if (field == null) {
                if (others == null) {
                    others = new HashMap<>(4);
                }
                return others.putIfAbsent(Ascii.decode(bytes, suffixStart, suffixEnd), Ascii.decode(bytes, valueStart, valueEnd)) == null;
            }
            int slot = field.ordinal();
            if (values[slot] != null) {
                return false;
            }
            if (!field.isDecimal()) {
                values[slot] = Ascii.decode(bytes, valueStart, valueEnd);
                return true;
            }
            values[slot] = Numbers.parse(bytes, valueStart, valueEnd);
            if (values[slot] == null) {
                // The first version quoted from the factor's first key here; the detail names the value's own key.
                deviations.add(Deviation.Type.BAD_NUMBER, Ascii.decode(bytes, keyStart, suffixEnd)
                        + "=" + Deviations.quote(bytes, valueStart, valueEnd));
            }
            return true;
        }

        FactorValues build() {
            return new FactorValues(Ascii.decode(bytes, codeStart, codeEnd),
                    decimal(FactorField.RTD),
                    decimal(FactorField.MIN),
                    decimal(FactorField.AVG),
                    decimal(FactorField.MAX),
                    decimal(FactorField.ZS_RTD),
                    decimal(FactorField.ZS_MIN),
                    decimal(FactorField.ZS_AVG),
                    decimal(FactorField.ZS_MAX),
                    decimal(FactorField.COU),
                    text(FactorField.FLAG),
                    text(FactorField.EFLAG),
                    text(FactorField.SAMPLE_TIME),
                    others == null ? Map.of() : others);
        }

        private BigDecimal decimal(FactorField field) {
            return (BigDecimal) values[field.ordinal()];
        }

        private String text(FactorField field) {
            return (String) values[field.ordinal()];
        }
    }

    /** What a decimal value means: Java's own reading of the text, within the codec's documented bounds. */
    static final class Numbers {

        private Numbers() {
        }

        static BigDecimal parse(byte[] bytes, int start, int end) {
            if (end - start > 64) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(new String(bytes, start, end - start, StandardCharsets.UTF_8));
                return Math.abs(value.scale()) <= 64 ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    static final class Fields {

            private static final String[] SUFFIXES = {"Rtd", "Min", "Avg", "Max", "ZsRtd", "ZsMin", "ZsAvg", "ZsMax", "Cou", "Flag", "EFlag", "SampleTime"};

            private Fields() {
            }

            /** The field whose suffix is {@code [start, end)} (case-sensitive), or null: every suffix compared, one after another. */
            static FactorField find(byte[] bytes, int start, int end) {
                for (int i = 0; i < SUFFIXES.length; i++) {
                    if (Ascii.equals(bytes, start, end, Ascii.bytes(SUFFIXES[i]))) {
                        return FactorField.values()[i];
                    }
                }
                return null;
            }
        }

    /** The original comparison, byte by byte; the codec's now compares words. */
    static final class Bytes {

        private Bytes() {
        }

        static boolean regionEquals(byte[] bytes, int startA, int endA, int startB, int endB) {
            if (endA - startA != endB - startB) {
                return false;
            }
            for (int i = 0; i < endA - startA; i++) {
                if (bytes[startA + i] != bytes[startB + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
