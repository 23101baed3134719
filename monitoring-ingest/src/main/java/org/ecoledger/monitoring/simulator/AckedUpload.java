package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.CpItem;

import java.time.Instant;
import java.util.List;

/**
 * An upload the server acknowledged, as the device sent it.
 *
 * @param dataTime     the start of the period the upload covers
 * @param resend       a deliberate second sending of an upload answered before (same DataTime, new QN)
 * @param latencyNanos from the first sending of the frame to its answer
 */
public record AckedUpload(String mn, UploadPeriod period, Instant dataTime, List<CpItem> items, String qn, boolean resend,
                          long latencyNanos) {

    /** The value of a CP item, such as {@code a21026-Cou}. */
    public String value(String key) {
        return items.stream().filter(i -> i.key().equals(key)).map(CpItem::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + key + " in the upload"));
    }

    /** Called on a simulator thread for every answered upload; keep it short. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = acked -> {
        };

        void acknowledged(AckedUpload acked);
    }
}
