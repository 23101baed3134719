package org.ecoledger.support.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How many events each processing group has parked, tagged by the group only: the alert an
 * operator sets is "above zero", and the sequences themselves are listed by
 * {@link DeadLetterController}. Each scrape counts the queue's rows in the database.
 */
@Component
class DeadLetterGauges {

    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    DeadLetterGauges(DeadLetters deadLetters, MeterRegistry meters) {
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        deadLetters.queuesByGroup().forEach((group, queue) -> Gauge.builder("ecoledger.processor.dead.letters", queue, q -> q.size())
                .description("events the processing group could not handle and has parked, with the later events of their sequences")
                .baseUnit("events")
                .tag("processor", group)
                .register(meters));
    }
}
