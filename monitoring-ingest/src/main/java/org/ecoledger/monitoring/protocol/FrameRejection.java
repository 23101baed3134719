package org.ecoledger.monitoring.protocol;

/** Why bytes that arrived on an HJ 212 connection did not become a packet; one metric per value. */
public enum FrameRejection {
    /** Bytes before any {@code ##}: port scanners, HTTP requests, TLS hellos, line noise. */
    JUNK,
    /** {@code ##} not followed by four decimal digits. */
    BAD_LENGTH,
    /** A declared data segment longer than the framing policy allows. */
    TOO_LONG,
    /** The bytes after the CRC are not the trailer the policy requires; often a miscounted length. */
    BAD_TRAILER,
    /** An incomplete frame left when the connection closed. */
    TRUNCATED,
    /** A well-framed packet whose CRC matches no profile allowed for its device. */
    BAD_CRC,
    /** A well-framed packet whose data segment is not HJ 212 (see {@link Hj212FormatException}). */
    MALFORMED_SEGMENT
}
