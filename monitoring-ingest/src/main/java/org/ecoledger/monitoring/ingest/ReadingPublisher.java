package org.ecoledger.monitoring.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.ecoledger.support.kafka.PublishedTypes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes what the ingest accepts to Kafka through one idempotent producer: the raw frame to the
 * audit topic and the parsed reading to the readings topic, both keyed by MN so that a device's
 * data stays in order. The returned future completes when Kafka has acknowledged every record;
 * only then may the device be answered. Its continuations run on Kafka's I/O thread, so they
 * must not send or block.
 */
@Component
class ReadingPublisher implements DisposableBean {

    private final Producer<String, byte[]> producer;
    private final ObjectMapper json;

    ReadingPublisher(MonitoringProperties properties, ObjectMapper json) {
        int timeout = (int) properties.kafka().publishTimeout().toMillis();
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "monitoring-ingest",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                // Two records a frame over 24 partitions: at 10,000 frames/s and 2 ms a batch holds one or two records, and the
                // broker's work is per batch and per request. 5 ms adds at most 3 ms to an answer.
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, properties.kafka().compression(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(timeout / 2, 1000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 1000 + Math.max(timeout / 2, 1000))),
                new StringSerializer(), new ByteArraySerializer());
        this.json = json;
    }

    CompletableFuture<Void> rawFrame(DeviceMn mn, byte[] frame, String remoteAddress, Instant receivedAt) {
        var headers = new RecordHeaders()
                .add("remote-address", utf8(remoteAddress))
                .add(EventHeaders.OCCURRED_AT, utf8(receivedAt.toString()));
        return send(new ProducerRecord<>(Topics.RAW_FRAMES.name(), null, mn.value(), frame, headers));
    }

    CompletableFuture<Void> reading(DeviceReadingReceived reading) {
        var headers = PublishedTypes.headers(Topics.DEVICE_READINGS, DeviceReadingReceived.class, reading.readingKey(), reading.dataTime());
        return send(new ProducerRecord<>(Topics.DEVICE_READINGS.name(), null, reading.mn().value(), serialize(reading), headers));
    }

    private CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
        var done = new CompletableFuture<Void>();
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private byte[] serialize(DeviceReadingReceived reading) {
        try {
            return json.writeValueAsBytes(reading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reading always serializes", e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(10));
    }
}
