package org.ecoledger.trading.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Revision;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.ecoledger.trading.platform.TradingServiceProperties;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
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
 */
@Component
@ProcessingGroup(TradingEventPublisher.PROCESSING_GROUP)
class TradingEventPublisher {

    static final String PROCESSING_GROUP = "trading-publication";
    private static final Topic TOPIC = Topics.TRADING_EVENTS;
    private static final String IN_FLIGHT = TradingEventPublisher.class.getName() + ".inFlight";

    private final Producer<String, byte[]> producer;
    private final Admin admin;
    private final ObjectMapper objectMapper;
    private final MeterRegistry meters;
    private final Duration timeout;
    private volatile boolean topicExists;

    TradingEventPublisher(Producer<String, byte[]> producer, Admin admin, ObjectMapper objectMapper, MeterRegistry meters,
                          TradingServiceProperties properties) {
        this.producer = producer;
        this.admin = admin;
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.timeout = properties.kafka().publishTimeout();
    }

    @EventHandler
    void on(TradingIntegrationEvent event, EventMessage<?> message) throws Exception {
        if (!topicExists) {
            TopicProvisioning.ensure(admin, List.of(TOPIC), timeout);
            topicExists = true;
        }
        String wireName = TOPIC.wireNameOf(event.getClass());
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, utf8(message.getIdentifier()))
                .add(EventHeaders.EVENT_TYPE, utf8(wireName))
                .add(EventHeaders.EVENT_REVISION, utf8(revisionOf(event)))
                .add(EventHeaders.OCCURRED_AT, utf8(event.at().toString()));
        var record = new ProducerRecord<>(TOPIC.name(), null, event.area().value(), objectMapper.writeValueAsBytes(event), headers);
        inFlight().add(producer.send(record));
        meters.counter("ecoledger.trading.published", "type", wireName).increment();
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

    private static String revisionOf(Object event) {
        Revision revision = event.getClass().getAnnotation(Revision.class);
        return revision == null ? "" : revision.value();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
