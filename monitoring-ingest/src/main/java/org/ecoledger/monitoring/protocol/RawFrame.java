package org.ecoledger.monitoring.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * One frame exactly as received, from {@code ##} to its trailer: what is stored for audit and
 * replay before anything is parsed. Immutable; the accessors copy.
 */
public final class RawFrame {

    static final int DATA_OFFSET = 6;

    private final byte[] bytes;
    private final int dataLength;
    private final Trailer trailer;

    RawFrame(byte[] bytes, int dataLength, Trailer trailer) {
        this.bytes = bytes;
        this.dataLength = dataLength;
        this.trailer = trailer;
    }

    /** The whole frame. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The data segment: the bytes between the length digits and the CRC, which the CRC covers. */
    public byte[] dataSegment() {
        return Arrays.copyOfRange(bytes, DATA_OFFSET, DATA_OFFSET + dataLength);
    }

    public int dataLength() {
        return dataLength;
    }

    /** The four CRC characters as sent, in whatever case the device used. */
    public String receivedCrcText() {
        return new String(bytes, crcOffset(), 4, StandardCharsets.ISO_8859_1);
    }

    /** The received CRC's value, or -1 if its four characters are not hex digits. */
    public int receivedCrc() {
        return Hj212Crc.parseHex(bytes, crcOffset());
    }

    public boolean crcMatches(CrcProfile profile) {
        int received = receivedCrc();
        return received >= 0 && profile.matches(bytes, DATA_OFFSET, dataLength, received);
    }

    /** Which algorithm produced the received CRC, if any known one did. */
    public Optional<CrcProfile> crcProfile() {
        int received = receivedCrc();
        return received < 0 ? Optional.empty() : Hj212Crc.classify(bytes, DATA_OFFSET, dataLength, received);
    }

    public Trailer trailer() {
        return trailer;
    }

    /** Longer than the standard's 1024 bytes, which only a lenient policy lets through. */
    public boolean isOversized() {
        return dataLength > FramingPolicy.STANDARD_MAX_DATA_LENGTH;
    }

    /** The backing array, for parsing without a copy; never handed outside the package. */
    byte[] array() {
        return bytes;
    }

    private int crcOffset() {
        return DATA_OFFSET + dataLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawFrame frame && Arrays.equals(bytes, frame.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The frame as UTF-8 text, for logs. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
