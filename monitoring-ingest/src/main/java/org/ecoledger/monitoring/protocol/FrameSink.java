package org.ecoledger.monitoring.protocol;

/** Receives what a {@link FrameScanner} finds: frames, and rejected byte runs. */
public interface FrameSink extends FrameRejectionListener {

    void frame(RawFrame frame);
}
