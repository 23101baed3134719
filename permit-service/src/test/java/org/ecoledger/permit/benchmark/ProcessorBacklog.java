package org.ecoledger.permit.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.local.RunningService;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How many events each tracking processor (the register projection, the Kafka publication) has
 * yet to handle. They run behind the commands, so a command rate they cannot follow shows up here
 * and not in the command latencies.
 */
final class ProcessorBacklog {

    private ProcessorBacklog() {
    }

    static Map<String, Long> of(RunningService service) {
        TrackingToken headToken = service.bean(EventStore.class).createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        Map<String, Long> backlog = new TreeMap<>();
        service.bean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                backlog.put(name, head - position(streaming));
            }
        });
        return backlog;
    }

    /** How long until every processor had caught up, or empty if they had not within the limit. */
    static Optional<Duration> drain(RunningService service, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (of(service).values().stream().allMatch(events -> events <= 0)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - start));
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    /** The slowest segment decides; a processor that has handled nothing yet stands at the start. */
    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0))
                .min()
                .orElse(0);
    }
}
