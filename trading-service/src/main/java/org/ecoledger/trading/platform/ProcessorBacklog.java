package org.ecoledger.trading.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How many events each tracking processor (the read models, the Kafka publication) has still to
 * handle: the event store's head less the processor's slowest segment, tagged by processor name.
 * It stands in for Axon's per-message monitors, which are off here (see trading-service.yml): they
 * looked up a meter for every event each processor saw, skipped ones included, and parsed every
 * event's timestamp, which at thousands of orders a second cost the order writer a sixth of its
 * time and the Kafka publication half of its own. A lagging read model or publication shows here.
 */
@Component
class ProcessorBacklog {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MeterRegistry meters;

    ProcessorBacklog(EventProcessingConfiguration processing, EventStore events, MeterRegistry meters) {
        this.processing = processing;
        this.events = events;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("ecoledger.processor.backlog", streaming, this::eventsBehind)
                        .description("events the tracking processor has still to handle")
                        .baseUnit("events")
                        .tag("processor", name)
                        .register(meters);
            }
        });
    }

    private double eventsBehind(StreamingEventProcessor processor) {
        long position = processor.processingStatus().values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0)).min().orElse(0);
        // The head is read after the position, so that a processor that moved meanwhile is not ahead of it.
        TrackingToken head = events.createHeadToken();
        return Math.max(0, (head == null ? 0 : head.position().orElse(0)) - position);
    }
}
