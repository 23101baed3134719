package org.ecoledger.monitoring.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The faults real data loggers show, each as a probability:
 *
 * <ul>
 *   <li>{@code badCrc}: a frame goes out with a wrong CRC (line noise); the server must not answer
 *       it, and the logger sends it again when no answer comes.</li>
 *   <li>{@code disconnect}: the connection drops right after a frame is sent, before its answer;
 *       the logger reconnects and sends the unanswered frame again.</li>
 *   <li>{@code resend}: an answered upload is sent again with a new QN and the same DataTime, as a
 *       logger does that missed the answer; the server must answer it and count it once.</li>
 *   <li>{@code maintenance} and {@code fault}: an hour (or day) whose data are flagged M or D, as
 *       an analyser under maintenance or broken reports them; the accounting substitutes them.</li>
 *   <li>{@code gap}: an upload the logger never sends, a gap the accounting fills as missing.</li>
 * </ul>
 *
 * Flags and gaps are a function of the device's seed and the period, so an upload generated again
 * is the same; the rest are drawn per frame.
 */
public record FaultPlan(double badCrc, double disconnect, double resend, double maintenance, double fault, double gap) {

    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0, 0);

    private static final long FLAG = 0x6A09E667F3BCC909L;
    private static final long GAP = 0x3C6EF372FE94F82BL;

    public FaultPlan {
        for (double p : new double[] {badCrc, disconnect, resend, maintenance, fault, gap}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a fault's probability is from 0 to 1, not " + p);
            }
        }
        if (maintenance + fault > 1) {
            throw new IllegalArgumentException("maintenance and fault together exceed certainty");
        }
    }

    /**
     * The data flag of an upload: minute and hourly data share the draw of their hour, daily data
     * draw per day. N for normal data.
     */
    public String flagOf(long deviceSeed, UploadPeriod period, Instant start) {
        long slot = period == UploadPeriod.DAY ? start.getEpochSecond() / 86_400 : start.getEpochSecond() / 3600;
        double draw = Mix.fraction(deviceSeed ^ FLAG, period == UploadPeriod.DAY ? 1 : 0, slot);
        if (draw < maintenance) {
            return "M";
        }
        return draw < maintenance + fault ? "D" : "N";
    }

    /** Whether the logger never sends this upload. */
    public boolean isGap(long deviceSeed, UploadPeriod period, Instant start) {
        return gap > 0 && Mix.fraction(deviceSeed ^ GAP, period.ordinal(), start.getEpochSecond()) < gap;
    }

    public boolean corruptsNextFrame() {
        return draw(badCrc);
    }

    public boolean dropsConnectionAfterSending() {
        return draw(disconnect);
    }

    public boolean resendsAnsweredUpload() {
        return draw(resend);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** The same frame with a CRC that is certainly not the standard one of its data segment. */
    public static byte[] withWrongCrc(byte[] frame) {
        byte[] corrupted = frame.clone();
        int at = corrupted.length - 6;
        int crc = Integer.parseInt(new String(corrupted, at, 4, StandardCharsets.US_ASCII), 16) ^ 0x1111;
        byte[] hex = String.format(Locale.ROOT, "%04X", crc).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, corrupted, at, 4);
        return corrupted;
    }

    private static boolean draw(double probability) {
        return probability > 0 && ThreadLocalRandom.current().nextDouble() < probability;
    }
}
