package org.ecoledger.trading.benchmark;

import org.HdrHistogram.Histogram;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the clients saw, kept per connection and merged after the run so that no connection waits
 * on another. Latencies go into HDR histograms (three significant digits, up to a minute).
 *
 * <p>A 2xx is done. A 409 is done too: the ledger refused the request for a business reason (a
 * cancel whose order was filled meanwhile, mostly) and recorded the refusal as an event before it
 * answered, so it is as much a committed decision as a placed order. Anything else is an error.
 */
final class Outcomes {

    /** How often one kind of error or refusal happened, with the first answer as an example. */
    record Tally(long count, String example) {

        Tally plus(Tally other) {
            return new Tally(count + other.count, example);
        }
    }

    private static final long LONGEST_NANOS = 60_000_000_000L;

    private final Map<OrderMix.Kind, Histogram> latencies = new EnumMap<>(OrderMix.Kind.class);
    private final Map<String, Tally> refusals = new TreeMap<>();
    private final Map<String, Tally> errors = new TreeMap<>();
    private long done;
    private long items;
    private long placed;
    private long trades;

    void record(OrderMix.Request request, LoopbackHttp.Reply reply, OrderMix.Answered answered, long latencyNanos, boolean measured) {
        boolean refused = reply.status() == 409;
        if (!reply.ok() && !refused) {
            String kind = (measured ? "" : "warm-up: ") + request.kind().label + ", " + (reply.status() < 0 ? "no answer" : "HTTP " + reply.status());
            errors.merge(kind, new Tally(1, reply.body()), Tally::plus);
        }
        if (!measured) {
            return;
        }
        latencies.computeIfAbsent(request.kind(), k -> new Histogram(LONGEST_NANOS, 3)).recordValue(Math.min(latencyNanos, LONGEST_NANOS));
        answered.refusals().forEach(refusal -> refusals.merge(refusal, new Tally(1, reply.body()), Tally::plus));
        if (reply.ok() || refused) {
            done++;
            items += request.items();
        }
        placed += answered.placed();
        trades += answered.trades();
    }

    /** A connection that died would quietly lower the throughput; recording it fails the run instead. */
    void stopped(Throwable cause) {
        errors.merge("connection stopped", new Tally(1, cause.toString()), Tally::plus);
    }

    void addAll(Outcomes other) {
        other.latencies.forEach((kind, histogram) -> latencies.computeIfAbsent(kind, k -> new Histogram(LONGEST_NANOS, 3)).add(histogram));
        other.refusals.forEach((kind, tally) -> refusals.merge(kind, tally, Tally::plus));
        other.errors.forEach((kind, tally) -> errors.merge(kind, tally, Tally::plus));
        done += other.done;
        items += other.items;
        placed += other.placed;
        trades += other.trades;
    }

    Histogram all() {
        Histogram all = new Histogram(LONGEST_NANOS, 3);
        latencies.values().forEach(all::add);
        return all;
    }

    Map<OrderMix.Kind, Histogram> byKind() {
        return latencies;
    }

    Map<String, Tally> refusals() {
        return refusals;
    }

    Map<String, Tally> errors() {
        return errors;
    }

    long done() {
        return done;
    }

    /** Orders and cancellations in the requests done. */
    long items() {
        return items;
    }

    /** Orders placed, new or recognised as sent before: not refused. */
    long placed() {
        return placed;
    }

    long trades() {
        return trades;
    }

    /** Measured requests that were neither done nor refused. */
    long measuredErrors() {
        return all().getTotalCount() - done;
    }
}
