package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.header.internals.RecordHeaders;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.local.Directories;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** The topology under a TopologyTestDriver, fed with {@link AccountingInput}s like the reference. */
final class AccountingDriver implements AutoCloseable {

    private final AccountingConfig config;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, DeviceReadingReceived> readings;
    private final TestInputTopic<String, PermitIntegrationEvent> permitEvents;
    private final TestInputTopic<String, IdentifiedTradingEvent> tradingEvents;
    private final TestOutputTopic<String, FlagChange> flags;
    private final List<TestRecord<String, FlagChange>> flagRecords = new ArrayList<>();
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final List<TestRecord<String, byte[]>> deadLetterRecords = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Instant wallClock;

    private final Path stateDir;

    /**
     * A driver with its own state directory under {@code target/}, removed on close: RocksDB stores
     * write there, and Kafka Streams warns about state in the OS temp directory.
     */
    AccountingDriver(AccountingConfig config, StateStoreKind storeKind, Instant wallClockStart) {
        this.config = config;
        this.stateDir = Path.of("target", "accounting-state", UUID.randomUUID().toString());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "emission-accounting-test-" + UUID.randomUUID());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(new EmissionAccountingTopology(config, storeKind, EmissionAccountingTopology.ACCOUNTS_INTERVAL,
                meters).build(), properties, wallClockStart);
        this.wallClock = wallClockStart;
        this.readings = driver.createInputTopic(Topics.DEVICE_READINGS.name(), new StringSerializer(), AccountingSerdes.readings().serializer());
        this.permitEvents = driver.createInputTopic(Topics.PERMIT_EVENTS.name(), new StringSerializer(),
                AccountingSerdes.permitEvents().serializer());
        this.tradingEvents = driver.createInputTopic(Topics.TRADING_EVENTS.name(), new StringSerializer(),
                AccountingSerdes.tradingEvents().serializer());
        this.flags = driver.createOutputTopic(Topics.VIOLATION_FLAGS.name(), new StringDeserializer(),
                AccountingSerdes.flagChanges().deserializer());
        this.deadLetters = driver.createOutputTopic(Topics.ACCOUNTING_DEAD_LETTERS.name(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    AccountingDriver(AccountingConfig config) {
        this(config, StateStoreKind.PERSISTENT, Instant.parse("2020-01-01T00:00:00Z"));
    }

    AccountingDriver pipe(AccountingInput input) {
        if (input instanceof AccountingInput.ReadingArrived arrived) {
            reading(arrived.reading());
        } else if (input instanceof AccountingInput.PermitEventArrived permitEvent) {
            permitEvent(permitEvent.event());
        } else if (input instanceof AccountingInput.HoldingChangeArrived holdingChange) {
            tradingEvent(holdingChange.tradingEventId(), TradingFixture.carrying(holdingChange));
        } else if (input instanceof AccountingInput.ClockAdvanced advanced) {
            advanceWallClockTo(advanced.to().plus(config.wallClockLag()));
        }
        return this;
    }

    AccountingDriver reading(DeviceReadingReceived reading) {
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_TYPE, utf8(Topics.DEVICE_READINGS.wireNameOf(DeviceReadingReceived.class)));
        readings.pipeInput(new TestRecord<>(reading.mn() == null ? null : reading.mn().value(), reading, headers, reading.receivedAt()));
        return this;
    }

    AccountingDriver permitEvent(PermitIntegrationEvent event) {
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, utf8(UUID.randomUUID().toString()))
                .add(EventHeaders.EVENT_TYPE, utf8(Topics.PERMIT_EVENTS.wireNameOf(event.getClass())));
        permitEvents.pipeInput(new TestRecord<>(event.enterpriseId().value(), event, headers, event.at()));
        return this;
    }

    /** A trading event as trading-service publishes it: keyed by its area, with its wire name and the ID of its stored event. */
    AccountingDriver tradingEvent(String eventId, TradingIntegrationEvent event) {
        var headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, utf8(eventId))
                .add(EventHeaders.EVENT_TYPE, utf8(Topics.TRADING_EVENTS.wireNameOf(event.getClass())));
        tradingEvents.pipeInput(new TestRecord<>(event.area().value(), new IdentifiedTradingEvent(eventId, event), headers, event.at()));
        return this;
    }

    /** Moves the driver's wall clock; the punctuator then moves the accounting clock to the wall clock less the lag. */
    AccountingDriver advanceWallClockTo(Instant instant) {
        if (instant.isAfter(wallClock)) {
            driver.advanceWallClockTime(Duration.between(wallClock, instant));
            wallClock = instant;
        }
        return this;
    }

    /** Every flag record published so far, with headers. */
    List<TestRecord<String, FlagChange>> flagRecords() {
        flagRecords.addAll(flags.readRecordsToList());
        return List.copyOf(flagRecords);
    }

    List<FlagChange> flags() {
        return flagRecords().stream().map(TestRecord::value).toList();
    }

    /** Every record published to the dead-letter topic so far, with headers. */
    List<TestRecord<String, byte[]>> deadLetters() {
        deadLetterRecords.addAll(deadLetters.readRecordsToList());
        return List.copyOf(deadLetterRecords);
    }

    /** How many dead letters the accounting counted from that source for that reason. */
    double deadLettersCounted(String source, DeadLetterReason reason) {
        var counter = meters.find(DeadLetterWriter.METER).tag("source", source).tag("reason", reason.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Input topics for records as they come off the wire, bytes and all. */
    TestInputTopic<String, byte[]> rawInput(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    EmissionAccountingQueries queries() {
        return new EmissionAccountingQueries(driver::getKeyValueStore);
    }

    @Override
    public void close() {
        driver.close();
        // In-memory stores never create the directory, which deleteRecursively leaves alone.
        Directories.deleteRecursively(stateDir);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
