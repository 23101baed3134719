package org.ecoledger.permit.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key, in bounded memory: a burst of {@code capacity} requests, then
 * {@code perSecond} on average. When more clients than {@code maxClients} are remembered, the one
 * seen least recently is forgotten, and starts again with a full bucket if it comes back.
 */
final class TokenBuckets {

    private final int capacity;
    private final double perNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    TokenBuckets(int capacity, double perSecond, int maxClients, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TokenBuckets.this.maxClients;
            }
        };
    }

    /** Takes a token for the client if it has one. */
    synchronized boolean tryTake(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perNano);
        bucket.updatedAt = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    /** Whole seconds until a client with an empty bucket has a token again. */
    long secondsToNextToken() {
        return Math.max(1, (long) Math.ceil(1 / (perNano * 1_000_000_000d)));
    }

    synchronized int remembered() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
