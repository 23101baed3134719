package org.ecoledger.monitoring.protocol;

/**
 * What framing accepts on a connection. {@link #STRICT} is the standard; {@link #LENIENT} is for
 * devices registered as known to send unsplit long segments or to drop the trailer; and
 * {@link #UNKNOWN_DEVICE} frames a connection until its first frame names the device, whose own
 * policy then applies.
 *
 * @param maxDataLength   the longest data segment taken, at most 9999 (the length has 4 digits)
 * @param trailerOptional whether a frame may end with a bare LF, {@code \r\n} as text, or nothing
 * @param awaitsTrailer   whether a frame whose trailer has not come yet waits for more bytes, or for
 *                        {@link FrameScanner#endPause}, rather than being taken at once without one
 */
public record FramingPolicy(int maxDataLength, boolean trailerOptional, boolean awaitsTrailer) {

    /** The standard's limit on a data segment. */
    public static final int STANDARD_MAX_DATA_LENGTH = 1024;
    /** {@code ##}, four length digits, four CRC digits and CR LF. */
    public static final int FRAME_OVERHEAD = 12;
    /** Segments of 1025, 1623 and 1703 bytes have been seen unsplit in the field. */
    public static final int LENIENT_MAX_DATA_LENGTH = 4096;
    public static final FramingPolicy STRICT = new FramingPolicy(STANDARD_MAX_DATA_LENGTH, false);
    public static final FramingPolicy LENIENT = lenient(LENIENT_MAX_DATA_LENGTH);
    /**
     * As lenient as any registered device, so that its first frame can be read whatever its variant;
     * but a frame without trailer is taken only once more bytes, or a pause, show that none follows,
     * so that a standard device whose CR LF comes in a TCP segment of its own is not taken for one
     * that drops it.
     */
    public static final FramingPolicy UNKNOWN_DEVICE = new FramingPolicy(LENIENT_MAX_DATA_LENGTH, true, true);

    private static final int LONGEST_TRAILER = 4;

    public FramingPolicy {
        if (maxDataLength < 0 || maxDataLength > 9999) {
            throw new IllegalArgumentException("a data segment length has four decimal digits: " + maxDataLength);
        }
    }

    public FramingPolicy(int maxDataLength, boolean trailerOptional) {
        this(maxDataLength, trailerOptional, false);
    }

    public static FramingPolicy lenient(int maxDataLength) {
        return new FramingPolicy(maxDataLength, true);
    }

    /** The most bytes a scanner must hold to see one whole frame under this policy. */
    public int bufferCapacity() {
        return maxDataLength + FRAME_OVERHEAD + (trailerOptional ? LONGEST_TRAILER - 2 : 0);
    }

    /** Whether a frame, however it was cut, is one this policy accepts: its trailer and its length. */
    public boolean accepts(RawFrame frame) {
        return (trailerOptional || frame.trailer() == Trailer.CRLF) && frame.dataLength() <= maxDataLength;
    }
}
