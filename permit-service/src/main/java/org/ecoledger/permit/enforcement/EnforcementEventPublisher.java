package org.ecoledger.permit.enforcement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.ecoledger.common.enforcement.event.EnforcementIntegrationEvent;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.permit.platform.PermitServiceProperties;
import org.ecoledger.support.kafka.PublishedTypes;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes credit levels and blacklistings on {@code enforcement-events}, from the event store as
 * the outbox, keyed by enterprise so that one enterprise's changes stay in order: the processor's
 * token moves only after Kafka acknowledged the record, and a failed send stops the processor where
 * it is (it retries with back-off) instead of skipping the event. A crash between the
 * acknowledgement and the token update sends the event again under the same {@code event-id}.
 */
@Component
@ProcessingGroup(EnforcementEventPublisher.PROCESSING_GROUP)
class EnforcementEventPublisher {

    static final String PROCESSING_GROUP = "enforcement-publication";
    private static final Topic TOPIC = Topics.ENFORCEMENT_EVENTS;

    private final Producer<String, byte[]> producer;
    private final ObjectMapper json;
    private final EnforcementTopics topics;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final PublishedTypes types;

    EnforcementEventPublisher(Producer<String, byte[]> producer, ObjectMapper json, EnforcementTopics topics, MeterRegistry meters,
                              PermitServiceProperties properties) {
        this.producer = producer;
        this.json = json;
        this.topics = topics;
        this.meters = meters;
        this.timeout = properties.kafka().publishTimeout();
        this.types = new PublishedTypes(TOPIC, meters, "ecoledger.enforcement.published");
    }

    @EventHandler
    void on(EnforcementIntegrationEvent event, EventMessage<?> message) throws Exception {
        PublishedTypes.Published published = types.of(event.getClass());
        var headers = published.headers(message.getIdentifier(), event.at().toString());
        try {
            if (!topics.ensureCreated()) {
                throw new TimeoutException("the enforcement topics could not be created");
            }
            producer.send(new ProducerRecord<>(TOPIC.name(), null, event.enterpriseId().value(), json.writeValueAsBytes(event), headers))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            meters.counter("ecoledger.enforcement.publication.failures", "type", published.wireName()).increment();
            throw e;
        }
        published.counter().increment();
    }
}
