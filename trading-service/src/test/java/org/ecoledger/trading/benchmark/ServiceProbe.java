package org.ecoledger.trading.benchmark;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.local.RunningService;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Figures read inside the service: how the gateway batched, how far the event store's position moved and the processors trail it. */
final class ServiceProbe {

    /** The gateway's batch sizes and times, and the event store's head, at one moment. */
    record Reading(long batches, double batchedRequests, double batchNanos, long headPosition) {
    }

    private final RunningService service;

    ServiceProbe(RunningService service) {
        this.service = service;
    }

    Reading read() {
        MeterRegistry meters = service.bean(MeterRegistry.class);
        DistributionSummary sizes = meters.find("ecoledger.trading.order.batch.size").summary();
        Timer times = meters.find("ecoledger.trading.order.batch.duration").timer();
        return new Reading(sizes == null ? 0 : sizes.count(), sizes == null ? 0 : sizes.totalAmount(),
                times == null ? 0 : times.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS), head());
    }

    /** Events each tracking processor had still to handle (the read models, the Kafka publication). */
    Map<String, Long> backlog() {
        Map<String, Long> positions = new TreeMap<>();
        service.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(name, streaming.processingStatus().values().stream()
                        .mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0));
            }
        });
        // The head is read after the positions, so that a processor that moved meanwhile is not ahead of it.
        long head = head();
        Map<String, Long> behind = new TreeMap<>();
        positions.forEach((name, position) -> behind.put(name, Math.max(0, head - position)));
        return behind;
    }

    /** How long the processors took to catch up after the load stopped, if they did within the limit. */
    Optional<Duration> awaitCaughtUp(Duration limit) throws InterruptedException {
        long from = System.nanoTime();
        while (System.nanoTime() - from < limit.toNanos()) {
            if (backlog().values().stream().allMatch(events -> events <= 0)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - from));
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private long head() {
        TrackingToken token = service.bean(EventStore.class).createHeadToken();
        return token == null ? 0 : token.position().orElse(0);
    }
}
