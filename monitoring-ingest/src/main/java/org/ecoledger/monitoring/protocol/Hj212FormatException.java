package org.ecoledger.monitoring.protocol;

/**
 * A data segment that cannot be read as HJ 212 at all (no usable CN). The only exception the
 * parsers throw on device input; lesser faults are {@link Deviation}s on the result.
 */
public final class Hj212FormatException extends RuntimeException {

    public Hj212FormatException(String message) {
        super(message);
    }
}
