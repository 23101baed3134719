package org.ecoledger.monitoring.ingest;

/**
 * A token bucket: a device may send {@code perSecond} frames a second on average and a burst of
 * twice that, enough for a logger catching up after a short outage, not for a flood.
 */
final class RateLimit {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    RateLimit(int perSecond) {
        this.perNano = perSecond / 1e9;
        this.capacity = perSecond * 2.0;
        this.tokens = capacity;
        this.refilledAt = System.nanoTime();
    }

    synchronized boolean tryAcquire(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
