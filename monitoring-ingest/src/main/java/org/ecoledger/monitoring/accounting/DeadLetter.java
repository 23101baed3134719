package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import org.ecoledger.support.kafka.PublishedTypes;
/**
 * A record the accounting could not account, on its way to
 * {@link org.ecoledger.common.kafka.Topics#ACCOUNTING_DEAD_LETTERS}: its value as it was read, its
 * headers, where it was read from and why it was set aside.
 *
 * <p>Where it was read from is the input topic a producer wrote it to, not a repartition topic
 * (whose records Kafka Streams purges once committed): a record is stamped with its source before it
 * crosses a repartition ({@link #stamped}), and that stamp is what names it after.
 */
public record DeadLetter(String sourceTopic, int sourcePartition, long sourceOffset, DeadLetterReason reason, String detail,
                         byte[] value, Headers headers) {

    public static final String SOURCE_TOPIC = "source-topic";
    public static final String SOURCE_PARTITION = "source-partition";
    public static final String SOURCE_OFFSET = "source-offset";
    public static final String REASON = "dead-letter-reason";
    public static final String DETAIL = "dead-letter-detail";

    /** Details come from exception messages, which can quote a whole record. */
    private static final int MAX_DETAIL = 500;

    public DeadLetter {
        detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }

    /** A record read straight from an input topic: its source is the context's. */
    static DeadLetter readFrom(ProcessingContext context, Headers headers, byte[] value, DeadLetterReason reason, String detail) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow(() -> new IllegalStateException("only a record has a source"));
        return new DeadLetter(metadata.topic(), metadata.partition(), metadata.offset(), reason, detail, value, copy(headers));
    }

    /** A record read from a repartition topic: its source is the stamp it crossed with. */
    static DeadLetter afterRepartition(Headers headers, byte[] value, DeadLetterReason reason, String detail) {
        String topic = PublishedTypes.header(headers, SOURCE_TOPIC).orElse("unknown");
        int partition = (int) number(headers, SOURCE_PARTITION);
        long offset = number(headers, SOURCE_OFFSET);
        return new DeadLetter(topic, partition, offset, reason, detail, value, copy(headers));
    }

    /** The record with its source (from the context) in its headers, replacing any stamp a producer set. */
    static <K, V> Record<K, V> stamped(ProcessingContext context, Record<K, V> record) {
        return record.withHeaders(stamp(context, record.headers()));
    }

    static <K, V> FixedKeyRecord<K, V> stamped(ProcessingContext context, FixedKeyRecord<K, V> record) {
        return record.withHeaders(stamp(context, record.headers()));
    }

    /** The headers the dead letter is published with: the record's own, then the source and the reason. */
    public Headers publishedHeaders() {
        Headers published = copy(headers);
        published.remove(SOURCE_TOPIC).remove(SOURCE_PARTITION).remove(SOURCE_OFFSET).remove(REASON).remove(DETAIL);
        published.add(SOURCE_TOPIC, utf8(sourceTopic))
                .add(SOURCE_PARTITION, utf8(Integer.toString(sourcePartition)))
                .add(SOURCE_OFFSET, utf8(Long.toString(sourceOffset)))
                .add(REASON, utf8(reason.name()));
        if (detail != null) {
            published.add(DETAIL, utf8(detail));
        }
        return published;
    }

    private static Headers stamp(ProcessingContext context, Headers headers) {
        Headers stamped = copy(headers).remove(SOURCE_TOPIC).remove(SOURCE_PARTITION).remove(SOURCE_OFFSET);
        context.recordMetadata().ifPresent(metadata -> stamped
                .add(SOURCE_TOPIC, utf8(metadata.topic()))
                .add(SOURCE_PARTITION, utf8(Integer.toString(metadata.partition())))
                .add(SOURCE_OFFSET, utf8(Long.toString(metadata.offset()))));
        return stamped;
    }

    private static Headers copy(Headers headers) {
        return headers == null ? new RecordHeaders() : new RecordHeaders(headers.toArray());
    }

    /** A number of the stamp; -1 if there is none, which only a record written by hand to a repartition topic lacks. */
    private static long number(Headers headers, String name) {
        try {
            return PublishedTypes.header(headers, name).map(Long::parseLong).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
