package org.ecoledger.monitoring.protocol;

/** Told of every run of bytes the framing discards, so that callers can count them. */
@FunctionalInterface
public interface FrameRejectionListener {

    /**
     * {@code discardedBytes} consecutive bytes were dropped for {@code reason}. A run is reported
     * once, when it ends: at the next frame start, a different reason, or the end of the stream.
     */
    void rejected(FrameRejection reason, long discardedBytes);
}
