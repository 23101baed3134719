package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.value.Actor;
import org.ecoledger.support.kafka.PublishedTypes;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the accounting reads its input topics, as bytes: a function per topic that makes of a record
 * what it could read, or a {@link DeadLetter} for what it could not, and two processors that
 * forward what the function returned; the topology sends the dead letters to the dead-letter topic
 * in the same transaction as everything else. The functions do only pure work (parsing, checking
 * fields, splitting a trading event into its holding changes), touch no store and forward nothing,
 * so setting a record aside leaves nothing half applied, and a failure further down the task (a
 * store, the broker) is never caught here: it still fails the task, which then retries the record.
 */
final class InputReaders {

    // Stateless, so shared by every task and thread.
    private static final Deserializer<DeviceReadingReceived> READINGS = AccountingSerdes.readings().deserializer();
    private static final Deserializer<PermitIntegrationEvent> PERMIT_EVENTS = AccountingSerdes.permitEvents().deserializer();
    private static final Deserializer<IdentifiedTradingEvent> TRADING_EVENTS = AccountingSerdes.tradingEvents().deserializer();

    private InputReaders() {
    }

    /** A processor that forwards, for each record, what the reading function makes of it, under the keys it gives. */
    static Processor<String, byte[], String, Object> rekeyingWith(
            BiFunction<ProcessingContext, Record<String, byte[]>, List<Record<String, Object>>> read) {
        return new Processor<>() {
            private ProcessorContext<String, Object> context;

            @Override
            public void init(ProcessorContext<String, Object> context) {
                this.context = context;
            }

            @Override
            public void process(Record<String, byte[]> record) {
                read.apply(context, record).forEach(context::forward);
            }
        };
    }

    /**
     * A record of {@code device-readings}, keyed by the enterprise it names, as the bytes it came as
     * (read in full once, after the repartition), stamped with its source.
     */
    static List<Record<String, Object>> routedReading(ProcessingContext context, Record<String, byte[]> record) {
        if (record.value() == null) {
            return List.of(record.withValue(DeadLetter.readFrom(context, record.headers(), null, DeadLetterReason.UNREADABLE, "no value")));
        }
        String enterprise = AccountingSerdes.enterpriseOf(record.value());
        if (enterprise == null) {
            // Only a record that names no enterprise pays for this second look.
            boolean object = AccountingSerdes.isJsonObject(record.value());
            return List.of(record.withValue(DeadLetter.readFrom(context, record.headers(), record.value(),
                    object ? DeadLetterReason.NOT_ACCOUNTABLE : DeadLetterReason.UNREADABLE, object ? "names no enterpriseId" : "no JSON object")));
        }
        return List.of(DeadLetter.stamped(context, record.withKey(enterprise).withValue((Object) record.value())));
    }

    /** A processor that forwards, for each record, what the reading function makes of it: an input or a dead letter. */
    static FixedKeyProcessor<String, byte[], Object> readingValuesWith(BiFunction<ProcessingContext, FixedKeyRecord<String, byte[]>, Object> read) {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, Object> context;

            @Override
            public void init(FixedKeyProcessorContext<String, Object> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, byte[]> record) {
                context.forward(record.withValue(read.apply(context, record)));
            }
        };
    }

    /** A reading after the repartition, read in full: the input, if the accounting can account it. */
    static Object reading(AccountingConfig config, ProcessingContext context, FixedKeyRecord<String, byte[]> record) {
        DeviceReadingReceived reading;
        try {
            reading = READINGS.deserialize(Topics.DEVICE_READINGS.name(), record.value());
        } catch (SerializationException e) {
            return DeadLetter.afterRepartition(record.headers(), record.value(), DeadLetterReason.UNREADABLE, detailOf(e));
        }
        if (!AccountingInput.isAccountable(reading)) {
            return DeadLetter.afterRepartition(record.headers(), record.value(), DeadLetterReason.NOT_ACCOUNTABLE,
                    "names no MN, enterprise, outlet, period, data time or receipt time");
        }
        if (config.isDatedAhead(reading)) {
            return DeadLetter.afterRepartition(record.headers(), record.value(), DeadLetterReason.DATED_AHEAD,
                    "dated " + reading.dataTime() + ", more than " + config.readingsDatedAheadUpTo() + " after it was received at "
                            + reading.receivedAt() + ": the clock of device " + reading.mn().value() + " is ahead");
        }
        return new AccountingInput.ReadingArrived(reading);
    }

    /** A permit event, by its {@code event-type} header. */
    static Object permitEvent(ProcessingContext context, FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null) {
            return DeadLetter.readFrom(context, record.headers(), null, DeadLetterReason.UNREADABLE, "no value");
        }
        PermitIntegrationEvent event;
        try {
            event = PERMIT_EVENTS.deserialize(Topics.PERMIT_EVENTS.name(), record.headers(), record.value());
        } catch (SerializationException e) {
            return DeadLetter.readFrom(context, record.headers(), record.value(), DeadLetterReason.UNREADABLE, detailOf(e));
        }
        if (event == null) {
            return DeadLetter.readFrom(context, record.headers(), record.value(), DeadLetterReason.UNKNOWN_EVENT_TYPE,
                    eventTypeOf(record.headers()));
        }
        Optional<String> missing = missingPart((java.lang.Record) event);
        return missing.isPresent()
                ? DeadLetter.readFrom(context, record.headers(), record.value(), DeadLetterReason.NOT_ACCOUNTABLE, "names no " + missing.get())
                : new AccountingInput.PermitEventArrived(event);
    }

    /**
     * The first part of an event that it lacks, if any: JSON that binds to the type but leaves a part
     * out (another revision's field names, a hand-written record) would fail the permit book halfway.
     * Free text and the actor may be absent; the accounting reads neither.
     */
    private static Optional<String> missingPart(java.lang.Record event) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Class<?> type = component.getType();
            if (type.isPrimitive() || type == String.class || type == Actor.class) {
                continue;
            }
            try {
                if (component.getAccessor().invoke(event) == null) {
                    return Optional.of(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public", e);
            }
        }
        return Optional.empty();
    }

    /**
     * A record of {@code trading-events}, split into its holding changes, keyed by enterprise for the
     * repartition, each stamped with the event's source.
     */
    static List<Record<String, Object>> holdingChanges(ProcessingContext context, Record<String, byte[]> record) {
        if (record.value() == null) {
            return deadLetter(context, record, DeadLetterReason.UNREADABLE, "no value");
        }
        IdentifiedTradingEvent event;
        try {
            event = TRADING_EVENTS.deserialize(Topics.TRADING_EVENTS.name(), record.headers(), record.value());
        } catch (SerializationException e) {
            return deadLetter(context, record, DeadLetterReason.UNREADABLE, detailOf(e));
        }
        if (event == null) {
            return deadLetter(context, record, DeadLetterReason.UNKNOWN_EVENT_TYPE, eventTypeOf(record.headers()));
        }
        List<AccountingInput.HoldingChangeArrived> changes;
        try {
            changes = event.holdingChanges();
        } catch (RuntimeException e) {
            // Read, but its holding changes cannot be summed: one names no enterprise or class, or they overflow.
            return deadLetter(context, record, DeadLetterReason.NOT_ACCOUNTABLE, detailOf(e));
        }
        if (changes.stream().anyMatch(change -> change.at() == null)) {
            return deadLetter(context, record, DeadLetterReason.NOT_ACCOUNTABLE, "names no time");
        }
        return changes.stream()
                .map(change -> DeadLetter.stamped(context, record.withKey(change.enterprise().value()).withValue((Object) change)))
                .toList();
    }

    private static List<Record<String, Object>> deadLetter(ProcessingContext context, Record<String, byte[]> record, DeadLetterReason reason,
                                                           String detail) {
        return List.of(record.withValue(DeadLetter.readFrom(context, record.headers(), record.value(), reason, detail)));
    }

    private static String eventTypeOf(Headers headers) {
        return PublishedTypes.header(headers, EventHeaders.EVENT_TYPE).map(type -> "event-type " + type).orElse("no event-type header");
    }

    /** The exception's message and its cause's: Jackson says in the cause what it could not read. */
    private static String detailOf(Exception e) {
        Throwable cause = e.getCause();
        return cause == null || Objects.equals(cause.getMessage(), e.getMessage()) ? e.getMessage() : e.getMessage() + ": " + cause.getMessage();
    }
}
