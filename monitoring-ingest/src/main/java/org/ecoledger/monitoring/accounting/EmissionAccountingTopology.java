package org.ecoledger.monitoring.accounting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The emission accounting as a Kafka Streams topology: device readings, permit events and trading
 * events in, violation flags out (see {@link ReferenceEmissionCalculator} for the rules and the
 * order they apply in).
 *
 * <p><b>Partitioning.</b> Everything the accounting decides about a reading needs the state of its
 * enterprise: the permits (discharge allowed, limits, allowance) and the annual totals across all
 * the enterprise's outlets. So the state is partitioned by enterprise, the key of
 * {@code permit-events}, and readings, keyed by MN on {@code device-readings}, are re-keyed by
 * enterprise and repartitioned through {@value #READINGS_BY_ENTERPRISE} with as many partitions as
 * {@code permit-events}. Both topics then feed one sub-topology whose task {@code n} reads
 * partition {@code n} of each: the same key serializer (the credit code as a UTF-8 string, as the
 * permit service writes it) and the default partitioner put an enterprise's readings and permit
 * events in the same task, which holds all its state. Repartitioning by outlet instead would split
 * an enterprise's annual total over tasks. The cost is one hop for every reading, and the order
 * between a reading and a permit event is the order they reach the task in. To keep that hop cheap,
 * a reading crosses it as the bytes it was published as, routed by the {@code enterpriseId} read
 * from them alone ({@link AccountingSerdes#enterpriseOf}), and is read in full once, after it.
 *
 * <p><b>Trading.</b> {@code trading-events} is keyed by trading area, and one event changes the
 * holdings of up to two enterprises (a trade's buyer and seller). Each event is split into its
 * holding changes, one per enterprise and class, each carrying the event's {@code event-id}, and
 * those are keyed by enterprise and repartitioned through {@value #HOLDING_CHANGES_BY_ENTERPRISE}
 * like the readings. Trading-service publishes at least once; the accounting applies a change
 * once per event ID, enterprise and class, within a window of event time ({@link SeenKeys}). One
 * area's events keep their order up to the accounting; events of different areas, and trading events against readings and permit events,
 * arrive in whatever order the tasks read them, which the allowance does not depend on: it is a
 * sum.
 *
 * <p><b>Time.</b> The clock is event time: readings count by {@code receivedAt}, permit and trading
 * events by {@code at}, advanced in line by the processor (see
 * {@link EmissionAccountingProcessor}) and, if configured, by wall-clock punctuation with a lag.
 *
 * <p><b>Output.</b> {@code violation-flags}, keyed by enterprise, the raised or cleared record as
 * JSON, headers {@code event-type} (the pinned wire name), {@code event-id} (flag ID +
 * {@code :raised} or {@code :cleared}), {@code event-revision} and {@code occurred-at}. The state
 * stores ({@link AccountingStores}) are queryable through {@link EmissionAccountingQueries}.
 *
 * <p><b>Accounts.</b> Beside the accounting, {@link EmissionAccountsPublisher} publishes monthly totals and
 * open flags' progress and evidence to {@code emission-accounts} on a wall-clock interval, from the
 * same stores.
 *
 * <p><b>Dead letters.</b> Every input topic is read as bytes and read in full by a processor of
 * its own ({@link InputReaders}), which forwards a {@link DeadLetter} for a record it cannot read
 * (not the JSON of its type, an unknown {@code event-type}, a reading without its enterprise,
 * outlet, period or times, a trading event whose holding changes cannot be made); the accounting
 * processor does the same for an input it refuses as too late. All of them go, with headers naming
 * the source topic, partition, offset and reason, to {@code emission-accounting-dead-letters}
 * ({@link DeadLetterWriter}, which counts and logs them), in the same transaction as the rest of the
 * task's output, and the task goes on with the next record. Kafka Streams 3.9's own hooks were
 * weighed and not used: the deserialization handler can only continue or fail, and neither it nor
 * the processing exception handler (KIP-1033) can write to a topic in the task's transaction
 * (KIP-1034's dead-letter queue is not in 3.9.2); the processing handler also sees a store's or
 * the broker's failures, which must fail the task, and continuing after a processor threw halfway
 * would commit half an input. So the readers do only pure work, and anything that fails later
 * still fails the task and is retried from the last commit.
 */
public final class EmissionAccountingTopology {

    /** The name of the repartition of readings by enterprise; the topic is {@code <application.id>-<name>-repartition}. */
    public static final String READINGS_BY_ENTERPRISE = "emission-accounting-readings-by-enterprise";
    /** The name of the repartition of holding changes by enterprise. */
    public static final String HOLDING_CHANGES_BY_ENTERPRISE = "emission-accounting-holding-changes-by-enterprise";
    public static final String PROCESSOR = "emission-accounting";
    public static final String ACCOUNTS_PUBLISHER = "emission-accounts-publisher";
    /** How often changed monthly totals and open flags go out on {@code emission-accounts}, by the wall clock. */
    public static final Duration ACCOUNTS_INTERVAL = Duration.ofMinutes(1);

    private final AccountingConfig config;
    private final StateStoreKind storeKind;
    private final Duration accountsInterval;
    private final MeterRegistry meters;

    public EmissionAccountingTopology(AccountingConfig config) {
        this(config, StateStoreKind.PERSISTENT);
    }

    /** Counting dead letters in a registry of its own, which nothing exports: for tests that do not look at the count. */
    public EmissionAccountingTopology(AccountingConfig config, StateStoreKind storeKind) {
        this(config, storeKind, ACCOUNTS_INTERVAL, new SimpleMeterRegistry());
    }

    public EmissionAccountingTopology(AccountingConfig config, StateStoreKind storeKind, Duration accountsInterval, MeterRegistry meters) {
        this.config = config;
        this.storeKind = storeKind;
        this.accountsInterval = accountsInterval;
        this.meters = meters;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addStore(builder, AccountingStores.READINGS_SEEN_BY_TIME, Serdes.Boolean());
        addStore(builder, AccountingStores.READINGS_SEEN, Serdes.Boolean());
        addStore(builder, AccountingStores.HOURS, AccountingSerdes.json(HourSlot.class));
        addStore(builder, AccountingStores.SERIES, AccountingSerdes.json(SeriesState.class));
        addStore(builder, AccountingStores.OUTLETS, AccountingSerdes.json(OutletState.class));
        addStore(builder, AccountingStores.ANNUAL_TOTALS, AccountingSerdes.json(AnnualEmission.class));
        addStore(builder, AccountingStores.MONTHLY_TOTALS, AccountingSerdes.json(AnnualEmission.class));
        addStore(builder, AccountingStores.ALLOWANCES, Serdes.Long());
        addStore(builder, AccountingStores.TRADED_RIGHTS, Serdes.Long());
        addStore(builder, AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME, Serdes.Boolean());
        addStore(builder, AccountingStores.HOLDING_CHANGES_SEEN, Serdes.Boolean());
        addStore(builder, AccountingStores.PERMITS, AccountingSerdes.json(PermitBook.class));
        addStore(builder, AccountingStores.OPEN_FLAGS, AccountingSerdes.json(ViolationFlagRaised.class));
        addStore(builder, AccountingStores.CLOCK, AccountingSerdes.json(Instant.class));
        addStore(builder, EmissionAccountsPublisher.PUBLISHED, Serdes.String());
        addStore(builder, EmissionAccountsPublisher.FLAG_PEAKS, AccountingSerdes.json(BigDecimal.class));

        // Routed by the enterprise they name and passed through the repartition as the bytes they came as,
        // so each reading is read in full once, on the side of the repartition that accounts it.
        KStream<String, byte[]> routedReadings = readable(builder
                .stream(Topics.DEVICE_READINGS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("device-readings"))
                .process(() -> InputReaders.rekeyingWith(InputReaders::routedReading), Named.as("key-readings-by-enterprise")),
                "routed-readings");
        KStream<String, AccountingInput> readings = readable(routedReadings
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName(READINGS_BY_ENTERPRISE)
                        .withNumberOfPartitions(Topics.PERMIT_EVENTS.partitions()))
                .processValues(() -> InputReaders.readingValuesWith((context, record) -> InputReaders.reading(config, context, record)), Named.as("read-readings")),
                "accountable-readings");
        KStream<String, AccountingInput> permitEvents = readable(builder
                .stream(Topics.PERMIT_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("permit-events"))
                .processValues(() -> InputReaders.readingValuesWith(InputReaders::permitEvent), Named.as("read-permit-events")),
                "known-permit-events");
        KStream<String, AccountingInput.HoldingChangeArrived> splitTradingEvents = readable(builder
                .stream(Topics.TRADING_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("trading-events"))
                .process(() -> InputReaders.rekeyingWith(InputReaders::holdingChanges), Named.as("holding-changes-by-enterprise")),
                "known-trading-events");
        KStream<String, AccountingInput> holdingChanges = splitTradingEvents
                .repartition(Repartitioned.with(Serdes.String(), AccountingSerdes.json(AccountingInput.HoldingChangeArrived.class))
                        .withName(HOLDING_CHANGES_BY_ENTERPRISE)
                        .withNumberOfPartitions(Topics.PERMIT_EVENTS.partitions()))
                .mapValues(change -> (AccountingInput) change, Named.as("holding-change-inputs"));

        KStream<String, AccountingInput> inputs = readings
                .merge(permitEvents, Named.as("accounting-inputs"))
                .merge(holdingChanges, Named.as("accounting-inputs-with-holding-changes"));
        this.<FlagChange>readable(inputs.process(() -> new EmissionAccountingProcessor(config), Named.as(PROCESSOR),
                        AccountingStores.ALL.toArray(String[]::new)), "accounted")
                .to(Topics.VIOLATION_FLAGS.name(), Produced.with(Serdes.String(), AccountingSerdes.flagChanges()).withName("violation-flags"));
        // Added second, so it sees each input after the accounting did: it reads the accounting's stores and writes only its own.
        inputs.process(() -> new EmissionAccountsPublisher(accountsInterval, config.readingsAcceptedFor()), Named.as(ACCOUNTS_PUBLISHER),
                        AccountingStores.MONTHLY_TOTALS, AccountingStores.ANNUAL_TOTALS, AccountingStores.ALLOWANCES, AccountingStores.HOURS,
                        AccountingStores.SERIES, AccountingStores.OPEN_FLAGS, AccountingStores.CLOCK, EmissionAccountsPublisher.PUBLISHED,
                        EmissionAccountsPublisher.FLAG_PEAKS)
                .to(Topics.EMISSION_ACCOUNTS.name(), Produced.with(Serdes.String(), AccountingSerdes.json(Object.class))
                        .withName("emission-accounts"));
        return builder.build();
    }

    /**
     * What a processor could read (or decide), as the type it forwards for it; its dead letters are
     * written to the dead-letter topic by a writer and sink of their own. The casts only restate what
     * the branch predicate established, and add no node.
     *
     * <p>Each branch writes on its own rather than all being merged into one writer: a merge puts the
     * streams it merges in one sub-topology, and merging the dead letters from before the repartitions
     * with those after them made the whole accounting one sub-topology, whose tasks read the
     * repartitions they write. Such a task, whenever its part of a repartition was drained, read
     * nothing at all, {@code device-readings} included, until a transaction that wrote to it had
     * committed and its records were fetched, or {@code max.task.idle.ms} had passed: at 3,000
     * readings a second, readings in those tasks waited about half a second before their first hop
     * instead of under 0.15 s, and the two hops went in step with the commits.
     */
    @SuppressWarnings("unchecked")
    private <V> KStream<String, V> readable(KStream<String, Object> read, String name) {
        Map<String, KStream<String, Object>> branches = read.split(Named.as(name + "-"))
                .branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
                .defaultBranch(Branched.as("read"));
        ((KStream<String, DeadLetter>) (KStream<String, ?>) branches.get(name + "-dead-letters"))
                .process(() -> new DeadLetterWriter(meters), Named.as(name + "-write-dead-letters"))
                .to(Topics.ACCOUNTING_DEAD_LETTERS.name(), Produced.with(Serdes.String(), Serdes.ByteArray())
                        .withName(name + "-to-dead-letters"));
        return (KStream<String, V>) (KStream<String, ?>) branches.get(name + "-read");
    }

    private <V> void addStore(StreamsBuilder builder, String name, Serde<V> valueSerde) {
        KeyValueBytesStoreSupplier supplier = storeKind == StateStoreKind.PERSISTENT
                ? Stores.persistentKeyValueStore(name)
                : Stores.inMemoryKeyValueStore(name);
        // Cached: the processor emits from its own decisions, never from store updates, so the cache only holds back writes.
        // A reading rewrites the clock and its outlet, an hourly one its series and totals; with the cache each key reaches
        // RocksDB and its changelog once per commit instead of once per reading. Reads, ranges and scans see the cache first,
        // and under exactly-once the cache is flushed into the transaction at each commit and dropped with the state on abort.
        builder.addStateStore(Stores.keyValueStoreBuilder(supplier, Serdes.String(), valueSerde).withCachingEnabled());
    }
}
