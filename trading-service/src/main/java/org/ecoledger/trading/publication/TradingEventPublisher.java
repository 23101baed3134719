package org.ecoledger.trading.publication;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.support.kafka.PublishedTypes;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.ecoledger.trading.platform.TradingServiceProperties;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes every movement of rights to {@code trading-events}, reading the ledger's events from
 * the event store: the store is the outbox. Records of one processor batch are sent together and
 * the batch's token commits only after Kafka acknowledged all of them, so a trade committed while
 * Kafka is down waits in the store and goes out in order once Kafka is back. A crash between the
 * acknowledgement and the token update sends a record again with the same {@code event-id},
 * which consumers deduplicate on.
 *
 * <p>A record's value is the event's JSON exactly as the store holds it: the store and Kafka write
 * the published language with the same {@code ObjectMapper}, so the bytes are forwarded rather than
 * parsed into the event and written again. Only the {@code at} field is read, for the header.
 */
@Component
@ProcessingGroup(TradingEventPublisher.PROCESSING_GROUP)
class TradingEventPublisher {

    static final String PROCESSING_GROUP = "trading-publication";
    private static final Topic TOPIC = Topics.TRADING_EVENTS;
    private static final String IN_FLIGHT = TradingEventPublisher.class.getName() + ".inFlight";

    private final Producer<String, byte[]> producer;
    private final Admin admin;
    private final Serializer eventSerializer;
    private final JsonFactory json;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final PublishedTypes types;
    private volatile boolean topicExists;

    TradingEventPublisher(Producer<String, byte[]> producer, Admin admin, @Qualifier("eventSerializer") Serializer eventSerializer,
                          ObjectMapper objectMapper, MeterRegistry meters, TradingServiceProperties properties) {
        this.producer = producer;
        this.admin = admin;
        this.eventSerializer = eventSerializer;
        this.json = objectMapper.getFactory();
        this.meters = meters;
        this.timeout = properties.kafka().publishTimeout();
        this.types = new PublishedTypes(TOPIC, meters, "ecoledger.trading.published");
    }

    @EventHandler(payloadType = TradingIntegrationEvent.class)
    void on(EventMessage<?> message) throws Exception {
        if (!(message instanceof DomainEventMessage<?> event)) {
            throw new IllegalStateException("an integration event that no ledger decided cannot be keyed by its area: " + message.getIdentifier());
        }
        if (!topicExists) {
            TopicProvisioning.ensure(admin, List.of(TOPIC), timeout);
            topicExists = true;
        }
        PublishedTypes.Published published = types.of(event.getPayloadType());
        byte[] payload = event.serializePayload(eventSerializer, byte[].class).getData();
        var headers = published.headers(event.getIdentifier(), occurredAt(payload, event));
        var record = new ProducerRecord<>(TOPIC.name(), null, event.getAggregateIdentifier(), payload, headers);
        inFlight().add(producer.send(record));
        published.counter().increment();
    }

    /** The event's top-level {@code at}, read without binding the rest of it. */
    private String occurredAt(byte[] payload, EventMessage<?> event) throws IOException {
        try (JsonParser parser = json.createParser(payload)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean at = "at".equals(parser.currentName());
                    JsonToken value = parser.nextToken();
                    if (at && value == JsonToken.VALUE_STRING) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
            }
        }
        throw new IllegalStateException("the stored integration event " + event.getIdentifier() + " has no time it happened");
    }

    /** The futures of this batch; the first handler of a batch registers the wait for all of them before the token commits. */
    private List<Future<RecordMetadata>> inFlight() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(IN_FLIGHT, key -> {
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> awaitAll(futures));
            return futures;
        });
    }

    private void awaitAll(List<Future<RecordMetadata>> futures) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Future<RecordMetadata> future : futures) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception e) {
            meters.counter("ecoledger.trading.publication.failures").increment();
            throw new IllegalStateException("Kafka did not acknowledge the batch; the processor will retry it", e);
        }
    }

}
