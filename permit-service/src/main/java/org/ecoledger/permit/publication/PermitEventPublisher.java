package org.ecoledger.permit.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.permit.platform.PermitServiceProperties;
import org.ecoledger.support.kafka.PublishedTypes;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the permit events other services consume, reading them from the event store: the
 * store is the outbox. The processor's token moves only after Kafka acknowledged the record, so
 * an event committed while Kafka is down waits in the store and goes out, in order, once Kafka
 * is back. A crash between the acknowledgement and the token update sends an event again with
 * the same {@code event-id} header, which consumers deduplicate on.
 */
@Component
@ProcessingGroup(PermitEventPublisher.PROCESSING_GROUP)
class PermitEventPublisher {

    static final String PROCESSING_GROUP = "permit-publication";
    private static final Topic TOPIC = Topics.PERMIT_EVENTS;

    private final Producer<String, byte[]> producer;
    private final ObjectMapper objectMapper;
    private final PermitTopicProvisioner provisioner;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final PublishedTypes types;

    PermitEventPublisher(Producer<String, byte[]> producer, ObjectMapper objectMapper, PermitTopicProvisioner provisioner,
                         MeterRegistry meters, PermitServiceProperties properties) {
        this.producer = producer;
        this.timeout = properties.kafka().publishTimeout();
        this.objectMapper = objectMapper;
        this.provisioner = provisioner;
        this.meters = meters;
        this.types = new PublishedTypes(TOPIC, meters, "ecoledger.permit.published");
    }

    @EventHandler
    void on(PermitIntegrationEvent event, EventMessage<?> message) throws Exception {
        PublishedTypes.Published published = types.of(event.getClass());
        var headers = published.headers(message.getIdentifier(), event.at().toString());
        var record = new ProducerRecord<>(TOPIC.name(), null, event.enterpriseId().value(), serialize(event), headers);
        try {
            provisioner.ensureTopicExists();
            producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            meters.counter("ecoledger.permit.publication.failures", "type", published.wireName()).increment();
            throw e;
        }
        published.counter().increment();
    }

    private byte[] serialize(PermitIntegrationEvent event) throws JsonProcessingException {
        return objectMapper.writeValueAsBytes(event);
    }

}
