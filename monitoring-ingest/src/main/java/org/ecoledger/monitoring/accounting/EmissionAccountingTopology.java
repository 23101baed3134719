package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

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
 * once per event ID, enterprise and class. One area's events keep their order up to the
 * accounting; events of different areas, and trading events against readings and permit events,
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
 * <p>Deserialization errors in the input topics go to the application's
 * {@code default.deserialization.exception.handler}; a reading that names no enterprise, outlet,
 * period or times cannot be accounted and is dropped before the repartition.
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

    public EmissionAccountingTopology(AccountingConfig config) {
        this(config, StateStoreKind.PERSISTENT);
    }

    public EmissionAccountingTopology(AccountingConfig config, StateStoreKind storeKind) {
        this(config, storeKind, ACCOUNTS_INTERVAL);
    }

    public EmissionAccountingTopology(AccountingConfig config, StateStoreKind storeKind, Duration accountsInterval) {
        this.config = config;
        this.storeKind = storeKind;
        this.accountsInterval = accountsInterval;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addStore(builder, AccountingStores.READINGS_SEEN, Serdes.Boolean());
        addStore(builder, AccountingStores.HOURS, AccountingSerdes.json(HourSlot.class));
        addStore(builder, AccountingStores.SERIES, AccountingSerdes.json(SeriesState.class));
        addStore(builder, AccountingStores.OUTLETS, AccountingSerdes.json(OutletState.class));
        addStore(builder, AccountingStores.ANNUAL_TOTALS, AccountingSerdes.json(AnnualEmission.class));
        addStore(builder, AccountingStores.MONTHLY_TOTALS, AccountingSerdes.json(AnnualEmission.class));
        addStore(builder, AccountingStores.ALLOWANCES, Serdes.Long());
        addStore(builder, AccountingStores.TRADED_RIGHTS, Serdes.Long());
        addStore(builder, AccountingStores.HOLDING_CHANGES_SEEN, Serdes.Boolean());
        addStore(builder, AccountingStores.PERMITS, AccountingSerdes.json(PermitBook.class));
        addStore(builder, AccountingStores.OPEN_FLAGS, AccountingSerdes.json(ViolationFlagRaised.class));
        addStore(builder, AccountingStores.CLOCK, AccountingSerdes.json(Instant.class));
        addStore(builder, EmissionAccountsPublisher.PUBLISHED, Serdes.String());
        addStore(builder, EmissionAccountsPublisher.FLAG_PEAKS, AccountingSerdes.json(BigDecimal.class));

        // Routed by the enterprise they name and passed through the repartition as the bytes they came as,
        // so each reading is read in full once, on the side of the repartition that accounts it.
        Deserializer<DeviceReadingReceived> readingReader = AccountingSerdes.readings().deserializer();
        KStream<String, AccountingInput> readings = builder
                .stream(Topics.DEVICE_READINGS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("device-readings"))
                .selectKey((mn, reading) -> AccountingSerdes.enterpriseOf(reading), Named.as("key-readings-by-enterprise"))
                .filter((enterprise, reading) -> enterprise != null, Named.as("readings-naming-an-enterprise"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName(READINGS_BY_ENTERPRISE)
                        .withNumberOfPartitions(Topics.PERMIT_EVENTS.partitions()))
                .mapValues(reading -> readingReader.deserialize(Topics.DEVICE_READINGS.name(), reading), Named.as("read-readings"))
                .filter((enterprise, reading) -> AccountingInput.isAccountable(reading), Named.as("accountable-readings"))
                .mapValues(AccountingInput.ReadingArrived::new, Named.as("reading-inputs"));
        KStream<String, AccountingInput> permitEvents = builder
                .stream(Topics.PERMIT_EVENTS.name(), Consumed.with(Serdes.String(), AccountingSerdes.permitEvents()).withName("permit-events"))
                .filter((enterprise, event) -> event != null, Named.as("known-permit-events"))
                .mapValues(AccountingInput.PermitEventArrived::new, Named.as("permit-event-inputs"));
        KStream<String, AccountingInput> holdingChanges = builder
                .stream(Topics.TRADING_EVENTS.name(), Consumed.with(Serdes.String(), AccountingSerdes.tradingEvents()).withName("trading-events"))
                .filter((area, event) -> event != null, Named.as("known-trading-events"))
                .flatMap((area, event) -> event.holdingChanges().stream()
                        .map(change -> KeyValue.pair(change.enterprise().value(), change))
                        .toList(), Named.as("holding-changes-by-enterprise"))
                .repartition(Repartitioned.with(Serdes.String(), AccountingSerdes.json(AccountingInput.HoldingChangeArrived.class))
                        .withName(HOLDING_CHANGES_BY_ENTERPRISE)
                        .withNumberOfPartitions(Topics.PERMIT_EVENTS.partitions()))
                .mapValues(change -> (AccountingInput) change, Named.as("holding-change-inputs"));

        KStream<String, AccountingInput> inputs = readings
                .merge(permitEvents, Named.as("accounting-inputs"))
                .merge(holdingChanges, Named.as("accounting-inputs-with-holding-changes"));
        inputs.process(() -> new EmissionAccountingProcessor(config), Named.as(PROCESSOR), AccountingStores.ALL.toArray(String[]::new))
                .to(Topics.VIOLATION_FLAGS.name(), Produced.with(Serdes.String(), AccountingSerdes.flagChanges()).withName("violation-flags"));
        // Added second, so it sees each input after the accounting did: it reads the accounting's stores and writes only its own.
        inputs.process(() -> new EmissionAccountsPublisher(accountsInterval), Named.as(ACCOUNTS_PUBLISHER),
                        AccountingStores.MONTHLY_TOTALS, AccountingStores.ANNUAL_TOTALS, AccountingStores.ALLOWANCES, AccountingStores.HOURS,
                        AccountingStores.SERIES, AccountingStores.OPEN_FLAGS, AccountingStores.CLOCK, EmissionAccountsPublisher.PUBLISHED,
                        EmissionAccountsPublisher.FLAG_PEAKS)
                .to(Topics.EMISSION_ACCOUNTS.name(), Produced.with(Serdes.String(), AccountingSerdes.json(Object.class))
                        .withName("emission-accounts"));
        return builder.build();
    }

    private <V> void addStore(StreamsBuilder builder, String name, Serde<V> valueSerde) {
        KeyValueBytesStoreSupplier supplier = storeKind == StateStoreKind.PERSISTENT
                ? Stores.persistentKeyValueStore(name)
                : Stores.inMemoryKeyValueStore(name);
        // No cache: the processor emits from its own decisions, never from store updates, and reads its writes at once.
        builder.addStateStore(Stores.keyValueStoreBuilder(supplier, Serdes.String(), valueSerde).withCachingDisabled());
    }
}
