package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Read-only questions over the accounting's state stores, for the query API to come. A store holds
 * the enterprises of this instance's tasks only; an API spread over several instances finds the
 * instance of an enterprise with {@code KafkaStreams#queryMetadataForKey} on any of these stores
 * (they are all keyed by strings starting with the credit code, and partitioned like
 * {@code permit-events}).
 */
public final class EmissionAccountingQueries {

    /** Opens a store by name; {@code TopologyTestDriver::getKeyValueStore} is one. */
    @FunctionalInterface
    public interface StoreAccess {
        <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name);
    }

    private final StoreAccess stores;

    public EmissionAccountingQueries(StoreAccess stores) {
        this.stores = stores;
    }

    public static EmissionAccountingQueries over(KafkaStreams streams) {
        return new EmissionAccountingQueries(new StoreAccess() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
            }
        });
    }

    /** The hours of one outlet and pollutant in [from, to): grams, flag, and whether and how they were substituted. */
    public List<HourSlot> hourlySeries(EnterpriseId enterprise, OutletCode outlet, Pollutant pollutant, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        SeriesId id = new SeriesId(enterprise, outlet, pollutant);
        ReadOnlyKeyValueStore<String, HourSlot> hours = stores.keyValueStore(AccountingStores.HOURS);
        List<HourSlot> series = new ArrayList<>();
        try (KeyValueIterator<String, HourSlot> range = hours.range(id.hourKey(from), id.hourKey(to))) {
            range.forEachRemaining(e -> {
                if (!e.value.hour().isBefore(from) && e.value.hour().isBefore(to)) {
                    series.add(e.value);
                }
            });
        }
        return series;
    }

    /** An enterprise's account for a year so far: every pollutant with emissions or an allowance, in name order. */
    public List<AnnualAccountLine> annualAccount(EnterpriseId enterprise, int year) {
        String prefix = AccountingStores.enterprisePrefix(enterprise) + year + "|";
        SortedMap<String, AnnualEmission> totals = new TreeMap<>();
        SortedMap<String, Long> allowed = new TreeMap<>();
        SortedMap<String, Long> traded = new TreeMap<>();
        this.<AnnualEmission>scan(AccountingStores.ANNUAL_TOTALS, prefix).forEach(e -> totals.put(e.key, e.value));
        this.<Long>scan(AccountingStores.ALLOWANCES, prefix).forEach(e -> allowed.put(e.key, e.value));
        this.<Long>scan(AccountingStores.TRADED_RIGHTS, prefix).forEach(e -> traded.put(e.key, e.value));
        SortedMap<String, Pollutant> pollutants = new TreeMap<>();
        for (String key : totals.keySet()) {
            pollutants.put(AccountingStores.cellOf(key).pollutant().name(), AccountingStores.cellOf(key).pollutant());
        }
        for (String key : allowed.keySet()) {
            pollutants.put(AccountingStores.cellOf(key).pollutant().name(), AccountingStores.cellOf(key).pollutant());
        }
        List<AnnualAccountLine> lines = new ArrayList<>();
        for (Pollutant pollutant : pollutants.values()) {
            String key = AccountingStores.cellKey(enterprise, new YearPollutant(year, pollutant));
            AnnualEmission total = totals.getOrDefault(key, AnnualEmission.NONE);
            lines.add(new AnnualAccountLine(enterprise, year, pollutant, Mass.ofGrams(total.emittedGrams()),
                    Mass.ofGrams(total.substitutedGrams()), gramsOrNull(allowed.get(key)), gramsOrNull(traded.get(key))));
        }
        return lines;
    }

    private static Mass gramsOrNull(Long grams) {
        return grams == null ? null : Mass.ofGrams(grams);
    }

    /** Every open flag, by enterprise. */
    public List<ViolationFlagRaised> openFlags() {
        return openFlags("");
    }

    /** One enterprise's open flags, read by their keys' prefix rather than by a scan of every open flag. */
    public List<ViolationFlagRaised> openFlagsOf(EnterpriseId enterprise) {
        return this.<ViolationFlagRaised>scan(AccountingStores.OPEN_FLAGS, AccountingStores.enterprisePrefix(enterprise)).stream()
                .map(e -> e.value)
                .toList();
    }

    /** The open flags raised in a region: a division code prefix such as "51" (a province) or "5101" (a city). */
    public List<ViolationFlagRaised> openFlags(String regionPrefix) {
        return this.<ViolationFlagRaised>scan(AccountingStores.OPEN_FLAGS, null).stream()
                .map(e -> e.value)
                .filter(flag -> flag.region() != null && flag.region().value().startsWith(regionPrefix))
                .toList();
    }

    private <V> List<KeyValue<String, V>> scan(String storeName, String prefix) {
        ReadOnlyKeyValueStore<String, V> store = stores.keyValueStore(storeName);
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = prefix == null ? store.all() : store.prefixScan(prefix, new StringSerializer())) {
            iterator.forEachRemaining(entries::add);
        }
        return entries;
    }
}
