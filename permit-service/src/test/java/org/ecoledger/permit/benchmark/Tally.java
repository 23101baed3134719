package org.ecoledger.permit.benchmark;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What clients saw. Each client keeps its own and they are merged after the run, so no client waits on a shared counter. */
final class Tally {

    /** How often one kind of failure happened, with the first answer as an example. */
    record Failure(long count, String example) {

        Failure plus(Failure other) {
            return new Failure(count + other.count, example);
        }
    }

    private final Map<PermitCommand, LatencySamples> latencies = new EnumMap<>(PermitCommand.class);
    private final Map<String, Failure> failures = new TreeMap<>();
    private long successes;
    private long measuredFailures;

    /** Every measured command counts in the latencies; only a 2xx counts as a success. Failures are kept from warm-up too. */
    void record(PermitCommand command, boolean measured, PermitHttp.Reply reply, long latencyNanos) {
        if (measured) {
            latencies.computeIfAbsent(command, c -> new LatencySamples()).add(latencyNanos);
            if (reply.ok()) {
                successes++;
            } else {
                measuredFailures++;
            }
        }
        if (!reply.ok()) {
            String kind = (measured ? "" : "warm-up: ") + command.label() + ", " + reply.statusText();
            failures.merge(kind, new Failure(1, reply.body()), Failure::plus);
        }
    }

    /** A client that died would quietly lower the throughput; recording it makes the run fail instead. */
    void stopped(RuntimeException cause) {
        failures.merge("client stopped", new Failure(1, cause.toString()), Failure::plus);
    }

    void addAll(Tally other) {
        other.latencies.forEach((command, samples) -> latencies.computeIfAbsent(command, c -> new LatencySamples()).addAll(samples));
        other.failures.forEach((kind, failure) -> failures.merge(kind, failure, Failure::plus));
        successes += other.successes;
        measuredFailures += other.measuredFailures;
    }

    LatencySamples all() {
        LatencySamples all = new LatencySamples();
        latencies.values().forEach(all::addAll);
        return all;
    }

    Map<PermitCommand, LatencySamples> byCommand() {
        return latencies;
    }

    Map<String, Failure> failures() {
        return failures;
    }

    long successes() {
        return successes;
    }

    long measuredFailures() {
        return measuredFailures;
    }
}
