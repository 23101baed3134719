package org.ecoledger.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.serialization.Revision;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * What a publisher of one topic needs per event class, worked out once per class: the wire name,
 * the headers' bytes for it and its {@link Revision}, and the counter of records published. The
 * publishers send a record for every event they read; looking these up on each (the topic's
 * registry, the annotation, the meter registry's map) repeated the same work thousands of times a
 * second. Publishers that do not read an event store set the same headers through
 * {@link #headers(Topic, Class, String, Instant)}.
 */
public final class PublishedTypes {

    /** One event class as published: its wire name, the counter of its records, and its records' headers. */
    public record Published(String wireName, Counter counter, byte[] wireNameBytes, byte[] revisionBytes) {

        /** The headers every record of the published language carries ({@link EventHeaders}). */
        public Headers headers(String eventId, String occurredAt) {
            return PublishedTypes.headers(eventId, wireNameBytes, revisionBytes, occurredAt);
        }
    }

    /** Each event class's {@link Revision}, as header bytes ("" for a class without one). */
    private static final ClassValue<byte[]> REVISIONS = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            Revision revision = type.getAnnotation(Revision.class);
            return utf8(revision == null ? "" : revision.value());
        }
    };

    /**
     * The same headers, for a publisher that does not read an event store and counts its records
     * itself: the wire name from the topic's registry, the revision from the class.
     */
    public static Headers headers(Topic topic, Class<?> type, String eventId, Instant occurredAt) {
        return headers(eventId, utf8(topic.wireNameOf(type)), REVISIONS.get(type), occurredAt.toString());
    }

    /**
     * A header as text; empty if the record has none of that name or it has no value. Kafka lets a
     * producer write a header without a value: read as text unchecked, it failed the consumer's
     * handling, and the inboxes retry a failed record for ever.
     */
    public static Optional<String> header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static Headers headers(String eventId, byte[] wireName, byte[] revision, String occurredAt) {
        return new RecordHeaders()
                .add(EventHeaders.EVENT_ID, utf8(eventId))
                .add(EventHeaders.EVENT_TYPE, wireName)
                .add(EventHeaders.EVENT_REVISION, revision)
                .add(EventHeaders.OCCURRED_AT, utf8(occurredAt));
    }

    private final ClassValue<Published> types;

    /**
     * @param counter the name of the counter of published records, tagged with the event's wire name
     *                (bounded: the topic's registry)
     */
    public PublishedTypes(Topic topic, MeterRegistry meters, String counter) {
        this.types = new ClassValue<>() {
            @Override
            protected Published computeValue(Class<?> type) {
                String wireName = topic.wireNameOf(type);
                return new Published(wireName, meters.counter(counter, "type", wireName), utf8(wireName), REVISIONS.get(type));
            }
        };
    }

    /** The class as published; one the topic does not carry is refused, as {@link Topic#wireNameOf} refuses it. */
    public Published of(Class<?> type) {
        return types.get(type);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
