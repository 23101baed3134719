package org.ecoledger.monitoring.protocol;

import java.util.Arrays;

/**
 * Indexes the items of CP. Items are split on {@code ;} or {@code ,} (devices use either where the
 * other belongs), a key is split from its value on the first {@code =}, spaces around both are
 * dropped, and a {@code //text//} value is opaque, so it may hold separators and {@code &&}.
 * Every step consumes at least one byte, so the work is linear in the segment's length.
 */
final class CpTokenizer {

    private static final byte AMP = '&';
    private static final byte SLASH = '/';
    private static final byte EQUALS = '=';
    private static final long DASHES = 0x2D2D2D2D2D2D2D2DL;
    private static final int BYTES_PER_ITEM = 12;

    private final byte[] bytes;
    private final int end;
    private final Deviations deviations;
    private int pos;
    private int[] index;
    private int size;

    private CpTokenizer(byte[] bytes, int from, int end, Deviations deviations) {
        this.bytes = bytes;
        this.pos = from;
        this.end = end;
        this.deviations = deviations;
        // Uploads average a dozen bytes per item; sizing for that spares growing the index.
        this.index = new int[(Math.max(0, end - from) / BYTES_PER_ITEM + 1) * CommandParameters.STRIDE];
    }

    /** The CP whose value starts at {@code from}, and where the segment goes on after it. */
    record Result(CommandParameters cp, int next) {
    }

    static Result tokenize(byte[] bytes, int from, int end, Deviations deviations) {
        CpTokenizer tokenizer = new CpTokenizer(bytes, from, end, deviations);
        tokenizer.run();
        return new Result(new CommandParameters(bytes, tokenizer.index, tokenizer.size), tokenizer.pos);
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
            if (!plainItem(separator)) {
                item(separator);
            }
            separator = 0;
        }
    }

    /**
     * Reads the common item, {@code key=value} without spaces or text, where the key ends within
     * 16 bytes and so does the value: four words at most, no loop. False, having changed nothing,
     * for any other item, which {@link #item} then reads; both give the same result where both apply.
     */
    private boolean plainItem(byte separator) {
        int keyStart = pos;
        if (keyStart + 2 * Long.BYTES > bytes.length) {
            return false;
        }
        int equals = Ascii.indexOfSeparatorOrWithin16(bytes, keyStart, EQUALS, AMP);
        if (equals <= keyStart || equals >= end || bytes[equals] != '=' || Ascii.isSpace(bytes[equals - 1])) {
            return false;
        }
        int valueStart = equals + 1;
        if (valueStart + 2 * Long.BYTES > bytes.length || bytes[valueStart] == SLASH || Ascii.isSpace(bytes[valueStart])) {
            return false;
        }
        int valueEnd = Ascii.indexOfSeparatorOrWithin16(bytes, valueStart, AMP, AMP);
        if (valueEnd < 0 || valueEnd >= end || (valueEnd > valueStart && Ascii.isSpace(bytes[valueEnd - 1]))
                || (bytes[valueEnd] == AMP && !Ascii.isPair(bytes, valueEnd, end, AMP))) {
            return false;
        }
        add(keyStart, equals, valueStart, valueEnd, separator);
        pos = valueEnd;
        return true;
    }

    private void item(byte separator) {
        int keyStart = pos;
        pos = stop(pos, EQUALS);
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
            add(keyStart, keyEnd, valueStart, valueEnd, separator);
        }
        pos = Ascii.skipSpaces(bytes, pos, end);
        if (pos < end && bytes[pos] != ';' && bytes[pos] != ',' && !Ascii.isPair(bytes, pos, end, AMP)) {
            deviations.add(Deviation.Type.MISSING_CP_SEPARATOR, bytes, keyStart, pos);
        }
    }

    /**
     * The last dash of a key, which separates a factor code from its suffix; -1 if there is none.
     * The eight bytes before the key's end, which hold the dash of every typed suffix but
     * SampleTime, are searched at once.
     */
    private int dash(int keyStart, int keyEnd) {
        int from = keyEnd - Long.BYTES;
        if (keyEnd - keyStart > 1 && from >= 0) {
            long dashes = Ascii.zeroBytes(Ascii.word(bytes, from) ^ DASHES);
            if (from <= keyStart) {
                dashes &= ~Ascii.lowBytes(keyStart + 1 - from);
            }
            if (dashes != 0) {
                return from + ((Long.SIZE - 1 - Long.numberOfLeadingZeros(dashes)) >>> 3);
            }
            keyEnd = Math.max(from, keyStart);
        }
        for (int i = keyEnd - 1; i > keyStart; i--) {
            if (bytes[i] == '-') {
                return i;
            }
        }
        return -1;
    }

    private int plainValue(int valueStart) {
        pos = stop(pos, AMP);
        return Ascii.trimEnd(bytes, valueStart, pos);
    }

    /** The first {@code ;}, {@code ,}, {@code &&} or {@code also} from {@code from}, or end: a lone & is data. */
    private int stop(int from, byte also) {
        int at = Ascii.indexOfSeparatorOr(bytes, from, end, AMP, also);
        while (at < end && bytes[at] == AMP && !Ascii.isPair(bytes, at, end, AMP)) {
            at = Ascii.indexOfSeparatorOr(bytes, at + 1, end, AMP, also);
        }
        return at;
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

    private void add(int keyStart, int keyEnd, int valueStart, int valueEnd, byte separator) {
        int at = size * CommandParameters.STRIDE;
        int dash = dash(keyStart, keyEnd);
        boolean continuesFactor = size > 0 && dash >= 0 && sameFactorAsPrevious(at, keyStart, dash);
        // Fields of one factor are joined by ",", different factors and other items by ";".
        if (separator != 0 && continuesFactor != (separator == ',')) {
            deviations.add(Deviation.Type.SEPARATOR_MISMATCH, bytes, keyStart, keyEnd);
        }
        if (at == index.length) {
            index = Arrays.copyOf(index, Math.max(at * 2, CommandParameters.STRIDE * 8));
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
        int previous = at - CommandParameters.STRIDE;
        int previousDash = index[previous + 4];
        return previousDash >= 0 && Ascii.regionEquals(bytes, index[previous], previousDash, keyStart, dash);
    }
}
