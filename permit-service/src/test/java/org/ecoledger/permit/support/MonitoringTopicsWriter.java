package org.ecoledger.permit.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.value.EnterpriseId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Writes monitoring-ingest's events to its topics as monitoring-ingest does: JSON, keyed by enterprise (or MN), with the standard headers. */
public final class MonitoringTopicsWriter implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final KafkaProducer<String, byte[]> producer;

    public MonitoringTopicsWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes and waits for the acknowledgement. */
    public void publish(Topic topic, EnterpriseId key, String eventId, Object event) {
        publish(topic, key.value(), eventId, event);
    }

    /** Publishes under another key (an MN on {@code device-status}) and waits for the acknowledgement. */
    public void publish(Topic topic, String key, String eventId, Object event) {
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, topic.wireNameOf(event.getClass()).getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_REVISION, "1".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(topic.name(), null, key, JSON.writeValueAsBytes(event), headers)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
