package org.ecoledger.monitoring.accounting;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.support.kafka.PublishedTypes;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * JSON serdes of the accounting: the same Jackson setup as the services that publish (Java time as
 * ISO strings, value types as their plain string or number through their {@code @JsonValue}), and
 * unknown properties ignored so that an added field does not stop the topology.
 *
 * <p>Topics that carry several event types ({@code permit-events}, {@code trading-events},
 * {@code violation-flags}) name the
 * type in the {@code event-type} header with the pinned wire name of {@link Topics}; their
 * deserializers read the header and skip (deserialize to null) a type they do not know, so a new
 * event type in the published language does not stop the topology before it is taught the type.
 */
public final class AccountingSerdes {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AccountingSerdes() {
    }

    public static <T> Serde<T> json(Class<T> type) {
        return Serdes.serdeFrom(AccountingSerdes::write, (topic, data) -> read(data, type));
    }

    public static Serde<DeviceReadingReceived> readings() {
        return json(DeviceReadingReceived.class);
    }

    /**
     * The {@code enterpriseId} of a reading as published, read without binding the rest: readings
     * are routed by it before they are read in full, once, after the repartition. Null when the
     * bytes are no JSON object or name no enterprise, so that the reading is not routed at all.
     */
    public static String enterpriseOf(byte[] reading) {
        if (reading == null) {
            return null;
        }
        try (JsonParser parser = JSON.getFactory().createParser(reading)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("enterpriseId".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the bytes are a JSON object at all: what tells a reading that names no enterprise from bytes that are none. */
    static boolean isJsonObject(byte[] data) {
        try {
            return data != null && JSON.readTree(data) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    /** Permit events by their {@code event-type} header. */
    public static Serde<PermitIntegrationEvent> permitEvents() {
        return Serdes.serdeFrom(AccountingSerdes::write, new ByEventType<>(Topics.PERMIT_EVENTS, PermitIntegrationEvent.class));
    }

    /**
     * Trading events by their {@code event-type} header, with the ID of their {@code event-id}
     * header. A record without that header (trading-service always sets it) is identified by its
     * type and a digest of its bytes instead, which a redelivered copy shares. Written as the event
     * itself; the headers are the producer's to set.
     */
    public static Serde<IdentifiedTradingEvent> tradingEvents() {
        Serializer<IdentifiedTradingEvent> serializer = (topic, read) -> read == null ? null : write(topic, read.event());
        Deserializer<TradingIntegrationEvent> events = new ByEventType<>(Topics.TRADING_EVENTS, TradingIntegrationEvent.class);
        return Serdes.serdeFrom(serializer, withHeaders("trading events are read with their event-type and event-id headers",
                (topic, headers, data) -> {
                    TradingIntegrationEvent event = events.deserialize(topic, headers, data);
                    if (event == null) {
                        return null;
                    }
                    String eventId = PublishedTypes.header(headers, EventHeaders.EVENT_ID)
                            .orElseGet(() -> Topics.TRADING_EVENTS.wireNameOf(event.getClass()) + ":sha256:" + sha256(data));
                    return new IdentifiedTradingEvent(eventId, event);
                }));
    }

    /** Flag events: the raised or cleared record itself on the wire, its type in the {@code event-type} header. */
    public static Serde<FlagChange> flagChanges() {
        Serializer<FlagChange> serializer = (topic, event) -> event == null ? null : write(topic, event.event());
        Deserializer<Object> payloads = new ByEventType<>(Topics.VIOLATION_FLAGS, Object.class);
        return Serdes.serdeFrom(serializer, withHeaders("flag events are read with their event-type header", (topic, headers, data) -> {
            Object payload = payloads.deserialize(topic, headers, data);
            if (payload instanceof ViolationFlagRaised raised) {
                return new FlagChange.Raised(raised);
            }
            return payload instanceof ViolationFlagCleared cleared ? new FlagChange.Cleared(cleared) : null;
        }));
    }

    /** An input as JSON, as it was read: a reading as published, a holding change as it crossed the repartition. */
    static byte[] bytesOf(AccountingInput input) {
        if (input instanceof AccountingInput.ReadingArrived arrived) {
            return write("dead letter", arrived.reading());
        }
        return write("dead letter", input instanceof AccountingInput.PermitEventArrived arrived ? arrived.event() : input);
    }

    /** The headers every published flag event carries, as the other publishers set them. */
    public static Headers headersOf(FlagChange event) {
        return PublishedTypes.headers(Topics.VIOLATION_FLAGS, event.event().getClass(), event.eventId(), event.occurredAt());
    }

    /** Reads a record together with its headers. */
    @FunctionalInterface
    private interface HeaderedReader<T> {
        T read(String topic, Headers headers, byte[] data);
    }

    /** A deserializer for records that cannot be read without their headers; {@code withoutHeaders} says why. */
    private static <T> Deserializer<T> withHeaders(String withoutHeaders, HeaderedReader<T> reader) {
        return new Deserializer<>() {
            @Override
            public T deserialize(String topic, byte[] data) {
                throw new SerializationException(withoutHeaders);
            }

            @Override
            public T deserialize(String topic, Headers headers, byte[] data) {
                return reader.read(topic, headers, data);
            }
        };
    }

    private static byte[] write(String topic, Object value) {
        try {
            return value == null ? null : JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + value.getClass().getSimpleName() + " to " + topic, e);
        }
    }

    private static <T> T read(byte[] data, Class<T> type) {
        if (data == null) {
            return null;
        }
        try {
            return JSON.readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName(), e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static final class ByEventType<T> implements Deserializer<T> {

        private final Topic topic;
        private final Class<T> base;

        private ByEventType(Topic topic, Class<T> base) {
            this.topic = topic;
            this.base = base;
        }

        @Override
        public T deserialize(String topicName, byte[] data) {
            throw new SerializationException(topic.name() + " is read with its event-type header");
        }

        @Override
        public T deserialize(String topicName, Headers headers, byte[] data) {
            Optional<Class<?>> type = PublishedTypes.header(headers, EventHeaders.EVENT_TYPE).flatMap(topic::eventTypeOf);
            if (type.isEmpty() || !base.isAssignableFrom(type.get())) {
                return null;
            }
            return base.cast(read(data, type.get()));
        }
    }
}
