package org.ecoledger.support.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.ecoledger.support.web.NotFound;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The events a tracking processor could not handle, parked in its dead-letter queue together with
 * every later event of the same sequence (by default, of the same aggregate), so that a read model
 * never sees an aggregate's events out of order. They wait there until an operator, once the cause
 * is mended, has them handled again; nothing retries them on its own, because a letter fails again
 * until the defect behind it is gone.
 */
@Component
public class DeadLetters {

    static final int MOST_SEQUENCES_LISTED = 500;

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Each processing group that dead-letters, with what its queue holds. */
    public List<Queue> queues() {
        List<Queue> queues = new ArrayList<>();
        queuesByGroup().forEach((group, queue) -> queues.add(new Queue(group, queue.amountOfSequences(), queue.size())));
        return queues;
    }

    /** The group's parked sequences, at most {@code limit} in the queue's order, each with the letter that blocks it. */
    public List<Sequence> sequences(String processingGroup, int limit) {
        if (limit < 1 || limit > MOST_SEQUENCES_LISTED) {
            throw new IllegalArgumentException("limit must be between 1 and " + MOST_SEQUENCES_LISTED + ", not " + limit);
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processingGroup);
        List<Sequence> sequences = new ArrayList<>();
        Iterator<Iterable<DeadLetter<? extends EventMessage<?>>>> all = queue.deadLetters().iterator();
        while (sequences.size() < limit && all.hasNext()) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters = all.next().iterator();
            if (letters.hasNext()) {
                DeadLetter<? extends EventMessage<?>> first = letters.next();
                String identifier = first instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
                long size = identifier != null ? queue.sequenceSize(identifier) : 1 + count(letters);
                sequences.add(new Sequence(identifier, size, Letter.of(first)));
            }
        }
        return sequences;
    }

    /**
     * Hands every parked sequence of the group to its handlers once more, in turn; a sequence whose
     * first letter fails again stays parked, with the new cause. Axon's queue hands out the sequence
     * touched longest ago, and a failed one is touched anew, so as many turns as there were sequences
     * when the retry began try each of them once.
     */
    public Retry retry(String processingGroup) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processingGroup);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> noQueue(processingGroup));
        long parked = queue.amountOfSequences();
        int handled = 0;
        for (long tried = 0; tried < parked; tried++) {
            if (processor.processAny()) {
                handled++;
            }
        }
        return new Retry(processingGroup, parked, handled, queue.amountOfSequences(), queue.size());
    }

    TreeMap<String, SequencedDeadLetterQueue<EventMessage<?>>> queuesByGroup() {
        TreeMap<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new TreeMap<>();
        processing.eventProcessors().keySet().forEach(name -> processing.deadLetterQueue(name).ifPresent(queue -> queues.put(name, queue)));
        return queues;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queueOf(String processingGroup) {
        if (!processing.eventProcessors().containsKey(processingGroup)) {
            throw noQueue(processingGroup);
        }
        return processing.deadLetterQueue(processingGroup).orElseThrow(() -> noQueue(processingGroup));
    }

    private static NotFound noQueue(String processingGroup) {
        return new NotFound("no processing group " + processingGroup + " with a dead-letter queue");
    }

    private static long count(Iterator<?> rest) {
        long count = 0;
        for (; rest.hasNext(); rest.next()) {
            count++;
        }
        return count;
    }

    /** A processing group's queue: how many sequences are parked and how many events in them. */
    public record Queue(String processingGroup, long sequences, long letters) {
    }

    /** One parked sequence: its identifier (for events of an aggregate, the aggregate's), its length and its first letter. */
    public record Sequence(String sequenceIdentifier, long letters, Letter first) {
    }

    /** A parked event and why it was parked. */
    public record Letter(String eventIdentifier, String eventType, String aggregateIdentifier, Long aggregateSequenceNumber,
                         Instant eventTimestamp, String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched) {

        static Letter of(DeadLetter<? extends EventMessage<?>> letter) {
            EventMessage<?> event = letter.message();
            Optional<Cause> cause = letter.cause();
            return new Letter(event.getIdentifier(), event.getPayloadType().getName(),
                    event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                    event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                    event.getTimestamp(), cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                    letter.enqueuedAt(), letter.lastTouched());
        }
    }

    /** What a retry did: the sequences parked when it began, those handled to their end, and what is still parked. */
    public record Retry(String processingGroup, long sequencesTried, int sequencesHandled, long sequencesParked, long lettersParked) {
    }
}
