package org.ecoledger.monitoring.simulator;

import java.time.Instant;
import java.util.Locale;

/**
 * What the devices did so far. Counts are totals since the start.
 *
 * @param windowSeconds        the measured window: since the start, or since the warm-up ended
 * @param windowAcknowledged   answers in the measured window
 * @param uploads              uploads generated (periods due, less gaps)
 * @param framesSent           every frame written, first sendings and repeats alike
 * @param acknowledged         answers 9014/9013 matched to the frame waiting for them
 * @param refused              answers 9011 refusing a frame (wrong password, unknown MN); not sent again
 * @param timeouts             frames unanswered within the answer timeout, then sent again
 * @param corruptedSent        frames sent with a wrong CRC on purpose
 * @param droppedConnections   connections the devices dropped on purpose
 * @param lostConnections      connections that closed, whoever closed them
 * @param resentAfterReconnect unanswered frames sent again on a new connection
 * @param resentAnswered       answered uploads sent again on purpose
 * @param flagged              uploads flagged M or D on purpose
 * @param strayAnswers         answers matching no frame waiting (late, or to a frame sent twice)
 * @param ackLatency           µs from a frame's first sending to its answer, in the measured window
 * @param dueToAck             µs from when the upload was due by the simulated clock to its answer:
 *                             includes waiting behind earlier frames, so it shows a server falling behind
 */
public record SimulatorReport(double elapsedSeconds, double windowSeconds, long windowAcknowledged, Instant simulatedNow, int devices,
                              int connected, int finishedDevices,
                              long uploads, long framesSent, long acknowledged, long refused, long timeouts, long corruptedSent,
                              long droppedConnections, long lostConnections, long failedConnects, long resentAfterReconnect,
                              long resentAnswered, long gaps, long flagged, long strayAnswers, Latency ackLatency,
                              Latency dueToAck) {

    /** Percentiles in µs. */
    public record Latency(long count, long p50, long p99, long p999, long max) {

        String text() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                    p50 / 1000.0, p99 / 1000.0, p999 / 1000.0, max / 1000.0);
        }
    }

    /** Answers a second in the measured window. */
    public double acknowledgedPerSecond() {
        return windowSeconds > 0 ? windowAcknowledged / windowSeconds : 0;
    }

    /** A few lines for a person. */
    public String text() {
        return String.format(Locale.ROOT, """
                        %.1f s, simulated time %s; devices %d (connected %d, finished %d)
                          uploads %d, frames sent %d, acknowledged %d (%.0f/s over %.0f s measured), refused %d, timeouts %d
                          faults: bad CRC %d, dropped connections %d, re-sent answered %d, flagged M/D %d, gaps %d
                          connections lost %d, failed connects %d, re-sent after reconnect %d, stray answers %d
                          answer latency: %s
                          due to answer:  %s""",
                elapsedSeconds, simulatedNow, devices, connected, finishedDevices, uploads, framesSent, acknowledged,
                acknowledgedPerSecond(), windowSeconds, refused, timeouts, corruptedSent, droppedConnections, resentAnswered, flagged, gaps,
                lostConnections, failedConnects, resentAfterReconnect, strayAnswers, ackLatency.text(), dueToAck.text());
    }
}
