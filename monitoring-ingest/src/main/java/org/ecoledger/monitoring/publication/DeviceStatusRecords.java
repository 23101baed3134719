package org.ecoledger.monitoring.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceRegistryStatus;
import org.ecoledger.common.monitoring.DeviceState;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.ecoledger.common.monitoring.event.DeviceStatusChanged;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.monitoring.device.DeviceActivity;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.ecoledger.support.kafka.PublishedTypes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes device status records to {@code device-status}, through an idempotent producer, keyed by
 * MN. Each record is the whole state of a device: its registration as the publication learnt it
 * from the event store ({@code device_status_publication}) and its activity as last written. Every
 * method runs in the caller's transaction and returns only once Kafka acknowledged: the device's
 * row, whose version it increments, stays locked until then, so records of one device reach Kafka
 * in the order of their versions whichever instance or thread sends them. A failure throws, and the
 * transaction rolls back with the version.
 */
@Component
class DeviceStatusRecords implements DisposableBean {

    private static final Topic TOPIC = Topics.DEVICE_STATUS;
    private static final String RETURNING = " RETURNING mn, enterprise_id, region, outlet, registry_status, version";

    private final JdbcClient jdbc;
    private final DeviceActivity activity;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final MonitoringProperties properties;
    private final Producer<String, byte[]> producer;
    private volatile boolean topicExists;

    DeviceStatusRecords(JdbcClient jdbc, DeviceActivity activity, ObjectMapper json, Clock clock, MeterRegistry meters,
                        MonitoringProperties properties) {
        this.jdbc = jdbc;
        this.activity = activity;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        int timeout = (int) properties.kafka().publishTimeout().toMillis();
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "monitoring-ingest-device-status",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(timeout / 2, 1000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 1000 + Math.max(timeout / 2, 1000))),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A device's registration as this publication keeps it, with the version its next record carries. */
    private record Registration(DeviceMn mn, EnterpriseId enterpriseId, RegionCode region, OutletCode outlet,
                                DeviceRegistryStatus status, long version) {
    }

    private static final RowMapper<Registration> REGISTRATION = (rs, row) -> new Registration(DeviceMn.of(rs.getString("mn")),
            EnterpriseId.of(rs.getString("enterprise_id")), RegionCode.of(rs.getString("region")), OutletCode.of(rs.getString("outlet")),
            DeviceRegistryStatus.valueOf(rs.getString("registry_status")), rs.getLong("version"));

    /** Publishes a registration; one applied before (the events replayed) publishes nothing. */
    void registered(DeviceRegistered event, long sequence) {
        jdbc.sql("""
                        INSERT INTO device_status_publication (mn, enterprise_id, region, outlet, registry_status, registry_sequence, version)
                        VALUES (?, ?, ?, ?, ?, ?, 1)
                        ON CONFLICT (mn) DO UPDATE SET registry_status = EXCLUDED.registry_status,
                            registry_sequence = EXCLUDED.registry_sequence, version = device_status_publication.version + 1
                        WHERE device_status_publication.registry_sequence < EXCLUDED.registry_sequence""" + RETURNING)
                .params(event.mn().value(), event.enterpriseId().value(), event.region().value(), event.outlet().value(),
                        DeviceRegistryStatus.ACTIVE.name(), sequence)
                .query(REGISTRATION)
                .optional()
                .ifPresent(registration -> publish(List.of(registration), "registry"));
    }

    /** Publishes a change of registry status; one applied before publishes nothing. */
    void registryStatusChanged(DeviceMn mn, DeviceRegistryStatus status, long sequence) {
        jdbc.sql("""
                        UPDATE device_status_publication SET registry_status = ?, registry_sequence = ?, version = version + 1
                        WHERE mn = ? AND registry_sequence < ?""" + RETURNING)
                .params(status.name(), sequence, mn.value(), sequence)
                .query(REGISTRATION)
                .optional()
                .ifPresent(registration -> publish(List.of(registration), "registry"));
    }

    /** Publishes these devices' activity with their registration; a device not (yet) registered here is left out. */
    void activityChanged(Collection<DeviceMn> mns) {
        String[] keys = mns.stream().map(DeviceMn::value).sorted().toArray(String[]::new);
        // Locked in one order, so that two instances publishing overlapping devices cannot deadlock.
        jdbc.sql("SELECT mn FROM device_status_publication WHERE mn = ANY(?) ORDER BY mn FOR UPDATE").param(keys).query().listOfRows();
        List<Registration> registrations = jdbc.sql("UPDATE device_status_publication SET version = version + 1 WHERE mn = ANY(?)" + RETURNING)
                .param(keys)
                .query(REGISTRATION)
                .list();
        if (!registrations.isEmpty()) {
            publish(registrations, "activity");
        }
    }

    private void publish(List<Registration> registrations, String cause) {
        ensureTopic();
        Map<DeviceMn, DeviceActivity.Status> statuses = activity.statuses(registrations.stream().map(Registration::mn).toList());
        Instant now = clock.instant();
        List<Future<RecordMetadata>> sent = new ArrayList<>(registrations.size());
        for (Registration registration : registrations) {
            sent.add(producer.send(record(registration, DeviceActivity.statusIn(statuses, registration.mn()), now)));
        }
        try {
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(properties.kafka().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            meters.counter("ecoledger.device-status.publication.failures", "cause", cause).increment();
            throw new NotAcknowledged(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledged(e);
        }
        meters.counter("ecoledger.device-status.published", "cause", cause).increment(registrations.size());
    }

    private ProducerRecord<String, byte[]> record(Registration registration, DeviceActivity.Status status, Instant now) {
        var state = new DeviceState(registration.mn(), registration.enterpriseId(), registration.region(), registration.outlet(),
                registration.status(), status.connected(), status.lastFrameAt(), status.lastDataTime(), status.acceptedFrames(),
                status.rejections(), now);
        var headers = PublishedTypes.headers(TOPIC, DeviceStatusChanged.class, registration.mn() + ":" + registration.version(), now);
        return new ProducerRecord<>(TOPIC.name(), null, registration.mn().value(),
                serialize(new DeviceStatusChanged(state, registration.version())), headers);
    }

    /** Compacted: a consumer needs only a device's newest record, and the topic stays one record a device. */
    private void ensureTopic() {
        if (topicExists) {
            return;
        }
        Duration timeout = properties.kafka().publishTimeout();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC.name(), TOPIC.partitions(), (short) -1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            topicExists = true;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new NotAcknowledged(e);
            }
            topicExists = true;
        } catch (TimeoutException e) {
            throw new NotAcknowledged(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledged(e);
        }
    }

    private byte[] serialize(DeviceStatusChanged record) {
        try {
            return json.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published language always serializes", e);
        }
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Kafka did not acknowledge in time, or the topic could not be made sure of; the caller's transaction rolls back. */
    static final class NotAcknowledged extends RuntimeException {
        NotAcknowledged(Throwable cause) {
            super("device-status not acknowledged: " + cause.getMessage(), cause);
        }
    }
}
