package org.ecoledger.monitoring.protocol;

/** How a frame ended. Only {@link #CRLF} conforms; the others pass lenient framing only. */
public enum Trailer {
    CRLF,
    /** A bare line feed. */
    LF,
    /** The four characters {@code \r\n} written as text. */
    ESCAPED_TEXT,
    /** Nothing followed the CRC when the frame was taken. */
    NONE
}
