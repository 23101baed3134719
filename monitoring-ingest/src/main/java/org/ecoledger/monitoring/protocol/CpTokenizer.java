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

    private final byte[] bytes;
    private final int end;
    private final Deviations deviations;
    private final Delimiters delimiters;
    private int pos;
    private int[] index;
    private int size;
    /** The previous item's factor code: packed (see {@link SharedStrings#pack}), where it starts and its dash. */
    private long previousCode;
    private int previousCodeStart;
    private int previousDash = -1;

    private CpTokenizer(byte[] bytes, int from, int end, Deviations deviations, Delimiters delimiters) {
        this.bytes = bytes;
        this.pos = from;
        this.end = end;
        this.deviations = deviations;
        this.delimiters = delimiters;
        // A common item takes an = and the delimiter after its value, so this is room enough but for text.
        this.index = new int[(delimiters.countFrom(from) / 2 + 1) * CommandParameters.STRIDE];
    }

    /** The CP whose value starts at {@code from}, and where the segment goes on after it. */
    record Result(CommandParameters cp, int next) {
    }

    /** @param delimiters those of the segment, covering at least {@code [from, end)} */
    static Result tokenize(byte[] bytes, int from, int end, Deviations deviations, Delimiters delimiters) {
        CpTokenizer tokenizer = new CpTokenizer(bytes, from, end, deviations, delimiters);
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
            int before = pos;
            separator = plainItems(separator);
            if (pos == before) {
                item(separator);
                separator = 0;
            }
        }
    }

    /**
     * Reads the common items, {@code key=value} without spaces or text and each followed by
     * {@code ;} or {@code ,}, one after the other from the delimiters found beforehand. Such items
     * use every delimiter in turn, so the delimiters are taken one bit after the other, each a few
     * instructions that do not wait on the item before. Stops, leaving {@link #pos} there, at the
     * first thing that is not such an item (typically CP's closing {@code &&}), which the general
     * loop then reads as {@link #item} would have read the items.
     *
     * @return the separator pending for the next item
     */
    private byte plainItems(byte separator) {
        long[] blocks = delimiters.blocks();
        int base = delimiters.from();
        int keyStart = pos;
        int block = (keyStart - base) >>> 6;
        if (block >= blocks.length) {
            return separator;
        }
        // The delimiters from keyStart on: the rest of its block's bits, then the blocks after it.
        long bits = blocks[block] & (-1L << (keyStart - base));
        while (true) {
            while (bits == 0) {
                if (++block == blocks.length) {
                    return separator;
                }
                bits = blocks[block];
            }
            int equals = base + (block << 6) + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            if (equals >= end || equals == keyStart || bytes[equals] != EQUALS
                    || Ascii.isSpace(bytes[keyStart]) || Ascii.isSpace(bytes[equals - 1])) {
                return separator;
            }
            int valueStart = equals + 1;
            if (valueStart >= end || bytes[valueStart] == SLASH || Ascii.isSpace(bytes[valueStart])) {
                return separator;
            }
            int valueEnd;
            byte next;
            // A value ends at ; , or &&: an = or a lone & within it is data.
            do {
                while (bits == 0) {
                    if (++block == blocks.length) {
                        return separator;
                    }
                    bits = blocks[block];
                }
                valueEnd = base + (block << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (valueEnd >= end) {
                    return separator;
                }
                next = bytes[valueEnd];
            } while (next == EQUALS || (next == AMP && !Ascii.isPair(bytes, valueEnd, end, AMP)));
            if (Ascii.isSpace(bytes[valueEnd - 1])) {
                return separator;
            }
            add(keyStart, equals, valueStart, valueEnd, separator);
            if (next == AMP) {
                pos = valueEnd;
                return 0;
            }
            separator = next;
            keyStart = valueEnd + 1;
            pos = keyStart;
        }
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
        int dash = dash(keyStart, keyEnd);
        long code = dash < 0 ? SharedStrings.UNPACKED : SharedStrings.pack(bytes, keyStart, dash);
        boolean continuesFactor = dash >= 0 && previousDash >= 0 && (code != SharedStrings.UNPACKED
                ? code == previousCode
                : Ascii.regionEquals(bytes, previousCodeStart, previousDash, keyStart, dash));
        // Fields of one factor are joined by ",", different factors and other items by ";".
        if (separator != 0 && continuesFactor != (separator == ',')) {
            deviations.add(Deviation.Type.SEPARATOR_MISMATCH, bytes, keyStart, keyEnd);
        }
        if ((size + 1) * CommandParameters.STRIDE > index.length) {
            index = Arrays.copyOf(index, Math.max(index.length * 2, CommandParameters.STRIDE * 8));
        }
        CommandParameters.put(index, size++, keyStart, keyEnd, valueStart, valueEnd, dash, continuesFactor);
        previousCode = code;
        previousCodeStart = keyStart;
        previousDash = dash;
    }
}
