package org.ecoledger.monitoring.protocol;

/**
 * What framing accepts on a connection. {@link #STRICT} is the standard; a lenient policy is for
 * devices known to send unsplit long segments or to drop the trailer, chosen per device profile.
 *
 * @param maxDataLength   the longest data segment taken, at most 9999 (the length has 4 digits)
 * @param trailerOptional whether a frame may end with a bare LF, {@code \r\n} as text, or nothing
 */
public record FramingPolicy(int maxDataLength, boolean trailerOptional) {

    /** The standard's limit on a data segment. */
    public static final int STANDARD_MAX_DATA_LENGTH = 1024;
    /** {@code ##}, four length digits, four CRC digits and CR LF. */
    public static final int FRAME_OVERHEAD = 12;
    public static final FramingPolicy STRICT = new FramingPolicy(STANDARD_MAX_DATA_LENGTH, false);

    private static final int LONGEST_TRAILER = 4;

    public FramingPolicy {
        if (maxDataLength < 0 || maxDataLength > 9999) {
            throw new IllegalArgumentException("a data segment length has four decimal digits: " + maxDataLength);
        }
    }

    public static FramingPolicy lenient(int maxDataLength) {
        return new FramingPolicy(maxDataLength, true);
    }

    /** The most bytes a scanner must hold to see one whole frame under this policy. */
    public int bufferCapacity() {
        return maxDataLength + FRAME_OVERHEAD + (trailerOptional ? LONGEST_TRAILER - 2 : 0);
    }
}
