package org.ecoledger.monitoring.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * CRCs over the raw bytes of an HJ 212 data segment, never over decoded text: the length and the
 * CRC both count UTF-8 bytes, which is where libraries working on Java chars break on Chinese text.
 */
public final class Hj212Crc {

    /** The register after the eight shift/xor steps, for each 8-bit starting value. */
    private static final int[] TABLE = new int[256];
    private static final int SLICE = 16;
    /**
     * {@code SLICES[(k - 1) * 256 + x]} is the register's high byte after k bytes starting from
     * high byte x with zero bytes following: U applied k times, where {@code U[x] = TABLE[x] >>> 8}.
     * Bytes, so that all sixteen tables take 4 KiB of L1 cache.
     */
    private static final byte[] SLICES = new byte[SLICE * 256];
    /** Eight bytes at a time, the first in the lowest bits. */
    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int value = 0; value < 256; value++) {
            int reg = value;
            for (int bit = 0; bit < 8; bit++) {
                reg = (reg & 1) != 0 ? (reg >>> 1) ^ 0xA001 : reg >>> 1;
            }
            TABLE[value] = reg;
        }
        for (int value = 0; value < 256; value++) {
            SLICES[value] = (byte) (TABLE[value] >>> 8);
        }
        for (int k = 1; k < SLICE; k++) {
            for (int value = 0; value < 256; value++) {
                SLICES[k * 256 + value] = SLICES[slice(0, SLICES[(k - 1) * 256 + value])];
            }
        }
    }

    /** The index into SLICES of U^(power + 1) applied to the low byte of {@code value}. */
    private static int slice(int power, long value) {
        return (power << 8) | ((int) value & 0xFF);
    }

    private Hj212Crc() {
    }

    /**
     * The standard HJ 212 CRC. Because each step XORs the byte into the register's high byte
     * shifted down, the register holds only 8 bits before the shift/xor steps: the state between
     * bytes is one byte, {@code s' = U[s ^ b]}, and only 256 results are possible. U is linear over
     * GF(2), so sixteen bytes fold into one step of sixteen independent lookups; that breaks the chain
     * of dependent lookups that a byte-at-a-time loop waits on. The last byte gives the full register.
     */
    public static int standard(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return 0xFFFF;
        }
        int state = 0xFF;
        int i = offset;
        int last = offset + length - 1;
        for (; i + SLICE <= last; i += SLICE) {
            long low = (long) LITTLE_ENDIAN_LONGS.get(data, i);
            long high = (long) LITTLE_ENDIAN_LONGS.get(data, i + 8);
            state = SLICES[slice(15, state ^ low)]
                    ^ SLICES[slice(14, low >>> 8)] ^ SLICES[slice(13, low >>> 16)] ^ SLICES[slice(12, low >>> 24)]
                    ^ SLICES[slice(11, low >>> 32)] ^ SLICES[slice(10, low >>> 40)] ^ SLICES[slice(9, low >>> 48)]
                    ^ SLICES[slice(8, low >>> 56)]
                    ^ SLICES[slice(7, high)] ^ SLICES[slice(6, high >>> 8)] ^ SLICES[slice(5, high >>> 16)]
                    ^ SLICES[slice(4, high >>> 24)] ^ SLICES[slice(3, high >>> 32)] ^ SLICES[slice(2, high >>> 40)]
                    ^ SLICES[slice(1, high >>> 48)] ^ SLICES[slice(0, high >>> 56)];
        }
        for (; i < last; i++) {
            state = SLICES[slice(0, state ^ data[i])];
        }
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
            int digit = Character.digit(text[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /** The CRC as the standard prints it: four upper-case hex digits. */
    public static String toHex(int crc) {
        return String.format("%04X", crc);
    }
}
