package org.ecoledger.permit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the permit topic from the beginning, as a consumer of another service would. */
public final class PermitTopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Published> seen = new ArrayList<>();

    public record Published(String key, String eventId, String type, JsonNode payload) {
    }

    public PermitTopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.PERMIT_EVENTS.name()));
    }

    /** Everything read so far, after one more poll. */
    public List<Published> poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            seen.add(new Published(record.key(), header(record, EventHeaders.EVENT_ID), header(record, EventHeaders.EVENT_TYPE),
                    parse(record.value())));
        }
        return List.copyOf(seen);
    }

    /** What a consumer that deduplicates on the event ID would have seen of one permit, in order. */
    public List<Published> distinctOf(String permitId) {
        var ids = new HashSet<String>();
        return poll().stream()
                .filter(p -> p.payload().path("permitId").asText().equals(permitId))
                .filter(p -> ids.add(p.eventId()))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
