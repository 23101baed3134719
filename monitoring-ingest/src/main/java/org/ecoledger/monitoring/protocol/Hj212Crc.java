package org.ecoledger.monitoring.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * CRCs over the raw bytes of an HJ 212 data segment, never over decoded text: the length and the
 * CRC both count UTF-8 bytes, which is where libraries working on Java chars break on Chinese text.
 */
public final class Hj212Crc {

    /** The register after the eight shift/xor steps, for each 8-bit starting value. */
    private static final int[] TABLE = new int[256];
    /**
     * {@code POWERS[k * 256 + x]} is U applied k times to x, for k from 0 to 7, where
     * {@code U[x] = TABLE[x] >>> 8}. U applied eight times is the identity, so these are all its powers.
     */
    private static final byte[] POWERS = new byte[8 * 256];
    /** The state before the first byte: the high byte of the initial register 0xFFFF. */
    private static final int INITIAL = 0xFF;
    /** Eight bytes at a time, the first in the lowest bits. */
    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Each ASCII character's value as a hex digit of either case, or -1: read with every frame, so no Character.digit. */
    private static final byte[] HEX_DIGITS = new byte[128];

    static {
        for (int c = 0; c < HEX_DIGITS.length; c++) {
            HEX_DIGITS[c] = (byte) Character.digit(c, 16);
        }
        for (int value = 0; value < 256; value++) {
            int reg = value;
            for (int bit = 0; bit < 8; bit++) {
                reg = (reg & 1) != 0 ? (reg >>> 1) ^ 0xA001 : reg >>> 1;
            }
            TABLE[value] = reg;
            POWERS[value] = (byte) value;
        }
        for (int k = 1; k < 8; k++) {
            for (int value = 0; value < 256; value++) {
                POWERS[k * 256 + value] = (byte) (TABLE[POWERS[(k - 1) * 256 + value] & 0xFF] >>> 8);
            }
        }
    }

    private Hj212Crc() {
    }

    /**
     * The standard HJ 212 CRC. Because each step XORs the byte into the register's high byte
     * shifted down, the register holds only 8 bits before the shift/xor steps: the state between
     * bytes is one byte, {@code s' = U(s ^ b)}, and U is linear over GF(2). So the state before the
     * last byte is the XOR of {@code U^(n - i)} applied to each byte i of n, and of U^n applied to the
     * initial state; and U applied eight times is the identity (it permutes the 256 bytes in cycles of
     * at most 8). Bytes eight apart therefore count alike: the data folds into one long by XOR, eight
     * bytes a step, and eight lookups finish it. The last byte gives the full register.
     */
    public static int standard(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return 0xFFFF;
        }
        int last = offset + length - 1;
        // Words end at the last byte, so lane l of the fold holds the bytes (8 - l) % 8 bytes before a multiple of 8 from it.
        int head = offset + ((last - offset) & 7);
        long folded = 0;
        long odd = 0;
        int i = head;
        for (; i + 16 <= last; i += 16) {
            folded ^= (long) LITTLE_ENDIAN_LONGS.get(data, i);
            odd ^= (long) LITTLE_ENDIAN_LONGS.get(data, i + 8);
        }
        if (i < last) {
            folded ^= (long) LITTLE_ENDIAN_LONGS.get(data, i);
        }
        folded ^= odd;
        for (int j = offset; j < head; j++) {
            folded ^= (long) (data[j] & 0xFF) << (((j - last) & 7) << 3);
        }
        int state = POWERS[((last - offset) & 7) << 8 | INITIAL]
                ^ POWERS[(int) folded & 0xFF]
                ^ POWERS[7 << 8 | (int) (folded >>> 8) & 0xFF]
                ^ POWERS[6 << 8 | (int) (folded >>> 16) & 0xFF]
                ^ POWERS[5 << 8 | (int) (folded >>> 24) & 0xFF]
                ^ POWERS[4 << 8 | (int) (folded >>> 32) & 0xFF]
                ^ POWERS[3 << 8 | (int) (folded >>> 40) & 0xFF]
                ^ POWERS[2 << 8 | (int) (folded >>> 48) & 0xFF]
                ^ POWERS[1 << 8 | (int) (folded >>> 56) & 0xFF];
        return TABLE[(state ^ data[last]) & 0xFF];
    }

    /** CRC-16/MODBUS (init 0xFFFF, reflected polynomial 0xA001), high byte first. */
    public static int modbus(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int reg = 0xFFFF;
        for (int i = offset, end = offset + length; i < end; i++) {
            reg = (reg >>> 8) ^ TABLE[(reg ^ data[i]) & 0xFF];
        }
        return reg;
    }

    static int swapBytes(int crc) {
        return ((crc & 0xFF) << 8) | (crc >>> 8);
    }

    /** The profile whose CRC equals the received one, trying the standard first. */
    public static Optional<CrcProfile> classify(byte[] data, int offset, int length, int receivedCrc) {
        for (CrcProfile profile : CrcProfile.values()) {
            if (profile.matches(data, offset, length, receivedCrc)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /** As {@link #classify(byte[], int, int, int)} for a CRC as printed, in either case. */
    public static Optional<CrcProfile> classify(byte[] data, String receivedHex) {
        byte[] hex = receivedHex.getBytes(StandardCharsets.ISO_8859_1);
        int received = hex.length == 4 ? parseHex(hex, 0) : -1;
        return received < 0 ? Optional.empty() : classify(data, 0, data.length, received);
    }

    /** Four hex digits of either case at {@code offset}, or -1 if they are not hex. */
    public static int parseHex(byte[] text, int offset) {
        int value = 0;
        for (int i = offset; i < offset + 4; i++) {
            int digit = text[i] >= 0 ? HEX_DIGITS[text[i]] : -1;
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /** The CRC as the standard prints it: four upper-case hex digits. */
    public static String toHex(int crc) {
        // Not String.format: every answer the ingest sends carries a CRC, and a Formatter per answer showed in its profile.
        String hex = Integer.toHexString(crc & 0xFFFF).toUpperCase(Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }
}
