package org.ecoledger.monitoring.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counters the devices update from their threads, and the latencies of answered uploads. */
final class SimulatorStats {

    final LongAdder uploads = new LongAdder();
    final LongAdder framesSent = new LongAdder();
    final LongAdder acknowledged = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder corruptedSent = new LongAdder();
    final LongAdder droppedConnections = new LongAdder();
    final LongAdder lostConnections = new LongAdder();
    final LongAdder failedConnects = new LongAdder();
    final LongAdder resentAfterReconnect = new LongAdder();
    final LongAdder resentAnswered = new LongAdder();
    final LongAdder gaps = new LongAdder();
    final LongAdder flagged = new LongAdder();
    final LongAdder strayAnswers = new LongAdder();
    final AtomicInteger connected = new AtomicInteger();
    final LatencyHistogram ackLatency = new LatencyHistogram();
    final LatencyHistogram dueToAck = new LatencyHistogram();
    private volatile long windowStartedAt;
    private volatile long acknowledgedBeforeWindow;

    SimulatorStats(long startedAt) {
        this.windowStartedAt = startedAt;
    }

    SimulatorReport snapshot(long elapsedNanos, java.time.Instant simulatedNow, int devices, int finishedDevices) {
        long acknowledgedNow = acknowledged.sum();
        return new SimulatorReport(elapsedNanos / 1e9, (System.nanoTime() - windowStartedAt) / 1e9,
                acknowledgedNow - acknowledgedBeforeWindow, simulatedNow, devices, connected.get(), finishedDevices,
                uploads.sum(), framesSent.sum(), acknowledgedNow, refused.sum(), timeouts.sum(), corruptedSent.sum(),
                droppedConnections.sum(), lostConnections.sum(), failedConnects.sum(), resentAfterReconnect.sum(),
                resentAnswered.sum(), gaps.sum(), flagged.sum(), strayAnswers.sum(),
                new SimulatorReport.Latency(ackLatency.count(), ackLatency.percentile(0.5), ackLatency.percentile(0.99),
                        ackLatency.percentile(0.999), ackLatency.percentile(1)),
                new SimulatorReport.Latency(dueToAck.count(), dueToAck.percentile(0.5), dueToAck.percentile(0.99),
                        dueToAck.percentile(0.999), dueToAck.percentile(1)));
    }

    /** Starts the measured window: forgets the latencies so far, e.g. those of a warm-up, and counts answers from here. */
    void startWindow() {
        ackLatency.reset();
        dueToAck.reset();
        acknowledgedBeforeWindow = acknowledged.sum();
        windowStartedAt = System.nanoTime();
    }
}
