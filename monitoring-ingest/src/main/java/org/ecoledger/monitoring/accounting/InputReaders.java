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

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The processors that read the accounting's input topics, as bytes: each forwards what it could
 * read, or a {@link DeadLetter} for what it could not, and the topology sends those to the
 * dead-letter topic in the same transaction as everything else. They do only pure work (parsing,
 * checking fields, splitting a trading event into its holding changes) and touch no store, so
 * setting a record aside here leaves nothing half applied; a failure of a store or the broker is
 * never caught here and still fails the task, which then retries the record.
 */
final class InputReaders {

    // Stateless, so shared by every task and thread.
    private static final Deserializer<DeviceReadingReceived> READINGS = AccountingSerdes.readings().deserializer();
    private static final Deserializer<PermitIntegrationEvent> PERMIT_EVENTS = AccountingSerdes.permitEvents().deserializer();
    private static final Deserializer<IdentifiedTradingEvent> TRADING_EVENTS = AccountingSerdes.tradingEvents().deserializer();

    private InputReaders() {
    }

    /**
     * {@code device-readings}: keys each reading by the enterprise it names, as the bytes it came as
     * (read in full once, after the repartition), stamped with its source.
     */
    static final class ReadingRouter implements Processor<String, byte[], String, Object> {

        private ProcessorContext<String, Object> context;

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            if (record.value() == null) {
                context.forward(record.withValue(DeadLetter.readFrom(context, record.headers(), null, DeadLetterReason.UNREADABLE,
                        "no value")));
                return;
            }
            String enterprise = AccountingSerdes.enterpriseOf(record.value());
            if (enterprise == null) {
                // Only a record that names no enterprise pays for this second look.
                boolean object = AccountingSerdes.isJsonObject(record.value());
                context.forward(record.withValue(DeadLetter.readFrom(context, record.headers(), record.value(),
                        object ? DeadLetterReason.NOT_ACCOUNTABLE : DeadLetterReason.UNREADABLE,
                        object ? "names no enterpriseId" : "no JSON object")));
                return;
            }
            context.forward(DeadLetter.stamped(context, record.withKey(enterprise).withValue((Object) record.value())));
        }
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
    static Object reading(ProcessingContext context, FixedKeyRecord<String, byte[]> record) {
        DeviceReadingReceived reading;
        try {
            reading = READINGS.deserialize(Topics.DEVICE_READINGS.name(), record.value());
        } catch (SerializationException e) {
            return DeadLetter.afterRepartition(record.headers(), record.value(), DeadLetterReason.UNREADABLE, detailOf(e));
        }
        return AccountingInput.isAccountable(reading)
                ? new AccountingInput.ReadingArrived(reading)
                : DeadLetter.afterRepartition(record.headers(), record.value(), DeadLetterReason.NOT_ACCOUNTABLE,
                        "names no MN, enterprise, outlet, period, data time or receipt time");
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
        return event.enterpriseId() == null || event.at() == null
                ? DeadLetter.readFrom(context, record.headers(), record.value(), DeadLetterReason.NOT_ACCOUNTABLE, "names no enterprise or time")
                : new AccountingInput.PermitEventArrived(event);
    }

    /**
     * {@code trading-events}: each event split into its holding changes, keyed by enterprise for
     * the repartition, each stamped with the event's source.
     */
    static final class TradingEventReader implements Processor<String, byte[], String, Object> {

        private ProcessorContext<String, Object> context;

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, byte[]> record) {
            if (record.value() == null) {
                context.forward(record.withValue(deadLetter(record, DeadLetterReason.UNREADABLE, "no value")));
                return;
            }
            IdentifiedTradingEvent event;
            try {
                event = TRADING_EVENTS.deserialize(Topics.TRADING_EVENTS.name(), record.headers(), record.value());
            } catch (SerializationException e) {
                context.forward(record.withValue(deadLetter(record, DeadLetterReason.UNREADABLE, detailOf(e))));
                return;
            }
            if (event == null) {
                context.forward(record.withValue(deadLetter(record, DeadLetterReason.UNKNOWN_EVENT_TYPE, eventTypeOf(record.headers()))));
                return;
            }
            List<AccountingInput.HoldingChangeArrived> changes;
            try {
                changes = event.holdingChanges();
            } catch (RuntimeException e) {
                // Read, but its holding changes cannot be summed: one names no enterprise or class, or they overflow. Only
                // the splitting is inside the try: forwarding runs the rest of the task, whose failures must fail it.
                context.forward(record.withValue(deadLetter(record, DeadLetterReason.NOT_ACCOUNTABLE, detailOf(e))));
                return;
            }
            if (changes.stream().anyMatch(change -> change.at() == null)) {
                context.forward(record.withValue(deadLetter(record, DeadLetterReason.NOT_ACCOUNTABLE, "names no time")));
                return;
            }
            for (AccountingInput.HoldingChangeArrived change : changes) {
                context.forward(DeadLetter.stamped(context, record.withKey(change.enterprise().value()).withValue((Object) change)));
            }
        }

        private DeadLetter deadLetter(Record<String, byte[]> record, DeadLetterReason reason, String detail) {
            return DeadLetter.readFrom(context, record.headers(), record.value(), reason, detail);
        }
    }

    private static String eventTypeOf(Headers headers) {
        return AccountingSerdes.header(headers, EventHeaders.EVENT_TYPE).map(type -> "event-type " + type).orElse("no event-type header");
    }

    /** The exception's message and its cause's: Jackson says in the cause what it could not read. */
    private static String detailOf(Exception e) {
        Throwable cause = e.getCause();
        return cause == null || Objects.equals(cause.getMessage(), e.getMessage()) ? e.getMessage() : e.getMessage() + ": " + cause.getMessage();
    }
}
