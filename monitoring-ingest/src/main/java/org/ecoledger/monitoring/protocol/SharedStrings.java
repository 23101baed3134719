package org.ecoledger.monitoring.protocol;

/**
 * The short values HJ 212 defines (factor codes of 2017 and 2005, CN and ST codes) as shared
 * strings, so that reading a packet makes none for them. Values of up to seven bytes are packed
 * into a long with their length, which is also how an upload tells its factors apart without
 * comparing bytes.
 */
final class SharedStrings {

    /** Marks a text too long to pack. */
    static final long UNPACKED = 0;

    private static final String[] KNOWN = {
            // Flue gas (HJ 524), Table B.1
            "a21026", "a21002", "a34013", "a00000", "a19001", "a01011", "a01012", "a01013", "a01014", "a01017",
            "a01016", "a21005", "a21024", "a21018", "a21028", "a21001", "a21003", "a21004", "a24088", "a05002",
            "a34002", "a34004", "a34001", "a05024", "a99051",
            // Water (HJ 525), Table B.2
            "w01018", "w21003", "w00000", "w01001", "w21011", "w21001", "w01017", "w01012", "w01019", "w01010",
            "w01009", "w01014", "w20111", "w20115", "w20116", "w20117", "w20119", "w20120", "w22001", "w23002",
            "w21016",
            // HJ/T 212-2005 codes of the same factors
            "01", "02", "03", "04", "05", "06", "08", "10", "B01", "B02", "S01", "S02", "S03", "S04", "S05", "S07", "S08",
            "001", "003", "010", "011", "020", "022", "023", "024", "026", "027", "060", "065", "070", "080", "101", "110",
            // Noise
            "LA", "L5", "L10", "L50", "L90", "L95", "Leq", "Ldn", "Ld", "Ln", "LMx", "LMn",
            // Facilities (SBx-RS, SBx-RT)
            "SB1", "SB2", "SB3", "SB4", "SB5", "SB6", "SB7", "SB8", "SB9",
            // CN codes of 2005, 2017 and 2025
            "1000", "1001", "1002", "1011", "1012", "1013", "1014", "1061", "1062", "1063", "1064", "1072",
            "2011", "2012", "2013", "2021", "2022", "2031", "2041", "2051", "2052", "2061", "2062", "2071", "2072", "2081",
            "2111", "3011", "3012", "3013", "3014", "3015", "3016", "3017", "3018", "3019", "3020", "3021", "3022", "3024",
            "9011", "9012", "9013", "9014", "9015",
            // ST codes
            "21", "22", "23", "24", "25", "26", "27", "31", "32", "33", "34", "35", "36", "37", "38", "39", "41",
            "51", "52", "91"};

    private static final int SLOTS = 512;
    private static final long[] KEYS = new long[SLOTS];
    private static final String[] CODES = new String[SLOTS];

    static {
        for (String code : KNOWN) {
            byte[] bytes = Ascii.bytes(code);
            long key = pack(bytes, 0, bytes.length);
            int slot = slot(key);
            while (KEYS[slot] != 0) {
                if (KEYS[slot] == key) {
                    throw new ExceptionInInitializerError("listed twice: " + code);
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            KEYS[slot] = key;
            CODES[slot] = code;
        }
    }

    private SharedStrings() {
    }

    /** The text in {@code [start, end)}: a shared string if the standard defines it. */
    static String decode(byte[] bytes, int start, int end) {
        return decode(pack(bytes, start, end), bytes, start, end);
    }

    /**
     * The text in {@code [start, end)} as a long holding its bytes and length, equal for equal
     * texts only; {@link #UNPACKED} if it is empty or longer than seven bytes.
     */
    static long pack(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 7) {
            return UNPACKED;
        }
        long packed;
        if (start + 8 <= bytes.length) {
            packed = Ascii.word(bytes, start) & Ascii.lowBytes(length);
        } else {
            packed = 0;
            for (int i = end - 1; i >= start; i--) {
                packed = packed << 8 | (bytes[i] & 0xFF);
            }
        }
        return packed | (long) length << 56;
    }

    /** As {@link #decode(byte[], int, int)}, for text already packed. */
    static String decode(long packed, byte[] bytes, int start, int end) {
        if (packed != UNPACKED) {
            for (int slot = slot(packed); KEYS[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
                if (KEYS[slot] == packed) {
                    return CODES[slot];
                }
            }
        }
        return Ascii.decode(bytes, start, end);
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 55);
    }
}
