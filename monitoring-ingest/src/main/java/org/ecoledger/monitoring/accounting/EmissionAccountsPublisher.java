package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.HourStatus;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.MonthlyEmissionTallied;
import org.ecoledger.common.monitoring.event.ViolationFlagContinued;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.kafka.PublishedTypes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import static org.ecoledger.monitoring.accounting.ChinaTime.HOUR;

/**
 * Publishes what the accounting counts to {@code emission-accounts}, for the regulator's side:
 * every month's totals per enterprise and pollutant against the year's allowance, and every open
 * flag as it goes on (duration, peak, exceeded mass, and the hourly series around its onset as
 * evidence). It reads the accounting's stores and decides nothing; it runs beside the accounting
 * processor in the same task, after it for each input, and on a wall-clock punctuation it
 * publishes whatever changed since it last did, remembering what it published in a store of its
 * own so that a restart does not publish everything again. Peaks of concentration flags are the
 * one figure the accounting does not keep: this processor follows them from the readings.
 *
 * <p>Records are keyed by enterprise; the {@code event-id} names the month or flag and the figures,
 * so a record published twice (a task that failed before committing) is recognised by consumers.
 */
final class EmissionAccountsPublisher implements Processor<String, AccountingInput, String, Object> {

    /** The evidence of a flag: from 12 hours before its onset to 36 hours after. */
    static final Duration EVIDENCE_BEFORE = Duration.ofHours(12);
    static final Duration EVIDENCE_AFTER = Duration.ofHours(36);

    private static final String MONTH = "month|";
    private static final String FLAG = "flag|";

    private final Duration interval;
    private final Duration readingsAcceptedFor;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, AnnualEmission> monthlyTotals;
    private KeyValueStore<String, AnnualEmission> annualTotals;
    private KeyValueStore<String, Long> allowances;
    private KeyValueStore<String, HourSlot> hours;
    private KeyValueStore<String, SeriesState> series;
    private KeyValueStore<String, ViolationFlagRaised> openFlags;
    private KeyValueStore<String, Instant> clock;
    private KeyValueStore<String, String> published;
    private KeyValueStore<String, BigDecimal> peaks;

    EmissionAccountsPublisher(Duration interval, Duration readingsAcceptedFor) {
        this.interval = interval;
        this.readingsAcceptedFor = readingsAcceptedFor;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        monthlyTotals = context.getStateStore(AccountingStores.MONTHLY_TOTALS);
        annualTotals = context.getStateStore(AccountingStores.ANNUAL_TOTALS);
        allowances = context.getStateStore(AccountingStores.ALLOWANCES);
        hours = context.getStateStore(AccountingStores.HOURS);
        series = context.getStateStore(AccountingStores.SERIES);
        openFlags = context.getStateStore(AccountingStores.OPEN_FLAGS);
        clock = context.getStateStore(AccountingStores.CLOCK);
        published = context.getStateStore(PUBLISHED);
        peaks = context.getStateStore(FLAG_PEAKS);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::publish);
    }

    /** The store of what was last published, per month and flag. */
    static final String PUBLISHED = "emission-accounts-published";
    /** flag ID → the highest concentration seen since the onset of an open concentration flag. */
    static final String FLAG_PEAKS = "emission-accounts-flag-peaks";

    @Override
    public void process(Record<String, AccountingInput> record) {
        if (record.value() instanceof AccountingInput.ReadingArrived arrived && AccountingInput.isAccountable(arrived.reading())) {
            followPeaks(arrived.reading());
        }
    }

    private void followPeaks(DeviceReadingReceived reading) {
        if (!ConcentrationRule.isAveragingPeriod(reading.period(), reading.outlet().medium())) {
            return;
        }
        for (Map.Entry<Pollutant, FactorReading> factor : HourlyMassRule.controlledFactors(reading)) {
            SeriesId id = new SeriesId(reading.enterpriseId(), reading.outlet(), factor.getKey());
            ViolationFlagRaised open = openFlags.get(FlagSubject.concentration(id).key());
            if (open == null || reading.dataTime().isBefore(open.onsetAt()) || refusedAsTooLate(reading)) {
                continue;
            }
            ConcentrationRule.averageOf(factor.getValue(), reading.outlet().medium()).ifPresent(average -> {
                BigDecimal peak = peaks.get(open.flagId());
                if (peak == null || average.compareTo(peak) > 0) {
                    peaks.put(open.flagId(), average);
                }
            });
        }
    }

    /** Whether the accounting, which saw the reading first and moved the clock for it, refused it as too late. */
    private boolean refusedAsTooLate(DeviceReadingReceived reading) {
        return reading.dataTime().isBefore(clock.get(AccountingStores.CLOCK_KEY).minus(readingsAcceptedFor));
    }

    private void publish(long wallClock) {
        Instant asOf = clock.get(AccountingStores.CLOCK_KEY);
        if (asOf == null) {
            return;
        }
        publishMonths(asOf, wallClock);
        publishFlags(asOf, wallClock);
    }

    private void publishMonths(Instant asOf, long timestamp) {
        for (KeyValue<String, AnnualEmission> month : entries(monthlyTotals, null)) {
            String[] key = month.key.split("\\|");
            EnterpriseId enterprise = EnterpriseId.of(key[0]);
            YearMonth yearMonth = YearMonth.parse(key[1]);
            Pollutant pollutant = Pollutant.valueOf(key[2]);
            Long allowance = allowances.get(AccountingStores.cellKey(enterprise, new YearPollutant(yearMonth.getYear(), pollutant)));
            String figures = month.value.emittedGrams() + "/" + month.value.substitutedGrams() + "/" + allowance;
            if (figures.equals(published.get(MONTH + month.key))) {
                continue;
            }
            forward(enterprise, "month:" + month.key + ":" + figures, asOf, timestamp, new MonthlyEmissionTallied(enterprise,
                    yearMonth.getYear(), yearMonth.getMonthValue(), pollutant, Mass.ofGrams(month.value.emittedGrams()),
                    Mass.ofGrams(month.value.substitutedGrams()), allowance == null ? null : Mass.ofGrams(allowance), asOf));
            published.put(MONTH + month.key, figures);
        }
    }

    private void publishFlags(Instant asOf, long timestamp) {
        Set<String> open = new HashSet<>();
        for (KeyValue<String, ViolationFlagRaised> flag : entries(openFlags, null)) {
            ViolationFlagRaised raised = flag.value;
            open.add(raised.flagId());
            ViolationFlagContinued continued = continued(raised, asOf);
            String figures = continued.durationHours() + "/" + continued.peak() + "/" + continued.exceeded() + "/"
                    + fingerprint(continued.evidence());
            if (figures.equals(published.get(FLAG + raised.flagId()))) {
                continue;
            }
            forward(raised.enterpriseId(), "flag:" + raised.flagId() + ":" + figures, asOf, timestamp, continued);
            published.put(FLAG + raised.flagId(), figures);
        }
        // A cleared flag is not published again; forget it.
        for (KeyValue<String, String> entry : entries(published, FLAG)) {
            String flagId = entry.key.substring(FLAG.length());
            if (!open.contains(flagId)) {
                published.delete(entry.key);
                peaks.delete(flagId);
            }
        }
    }

    /** The flag as it stands at the accounting clock. */
    private ViolationFlagContinued continued(ViolationFlagRaised raised, Instant asOf) {
        Instant onsetHour = ChinaTime.hourOf(raised.onsetAt());
        List<SeriesId> of = seriesOf(raised);
        List<EvidenceHour> evidence = new ArrayList<>();
        for (SeriesId id : of) {
            Instant to = earliest(onsetHour.plus(EVIDENCE_AFTER), ChinaTime.hourOf(asOf)).minus(HOUR);
            slots(id, onsetHour.minus(EVIDENCE_BEFORE), to).forEach(slot -> evidence.add(new EvidenceHour(id.outlet(), id.pollutant(),
                    slot.hour(), Mass.ofGrams(slot.grams()), HourStatus.valueOf(slot.kind().name()), slot.flag())));
        }
        long durationHours = Math.max(0, Duration.between(raised.onsetAt(), asOf).toHours());
        return new ViolationFlagContinued(raised.flagId(), raised.kind(), raised.enterpriseId(), raised.region(), raised.onsetAt(),
                durationHours, peak(raised, of, asOf), exceeded(raised, of, asOf), evidence, asOf);
    }

    private BigDecimal peak(ViolationFlagRaised raised, List<SeriesId> of, Instant asOf) {
        return switch (raised.kind()) {
            case CONCENTRATION_EXCEEDED -> Optional.ofNullable(peaks.get(raised.flagId()))
                    .filter(peak -> raised.observed() == null || peak.compareTo(raised.observed()) > 0)
                    .orElse(raised.observed());
            case ANNUAL_TOTAL_EXCEEDED -> BigDecimal.valueOf(annualEmitted(raised));
            case DATA_MISSING_OR_INVALID -> BigDecimal.valueOf(sinceOnset(of, raised, asOf).stream().filter(HourSlot::substituted).count());
            case DISCHARGE_WITHOUT_VALID_PERMIT -> null;
        };
    }

    /**
     * Beyond the allowance for an annual total; otherwise what was discharged since the onset (for
     * missing data, what was substituted).
     */
    private Mass exceeded(ViolationFlagRaised raised, List<SeriesId> of, Instant asOf) {
        if (raised.kind() == ViolationKind.ANNUAL_TOTAL_EXCEEDED) {
            Long allowance = allowances.get(AccountingStores.cellKey(raised.enterpriseId(), cellOf(raised)));
            return Mass.ofGrams(allowance == null ? 0 : Math.max(0, annualEmitted(raised) - allowance));
        }
        List<HourSlot> slots = sinceOnset(of, raised, asOf);
        long grams = raised.kind() == ViolationKind.DATA_MISSING_OR_INVALID
                ? slots.stream().mapToLong(HourSlot::substitutedGrams).sum()
                : slots.stream().mapToLong(HourSlot::grams).sum();
        return Mass.ofGrams(grams);
    }

    private long annualEmitted(ViolationFlagRaised raised) {
        AnnualEmission total = annualTotals.get(AccountingStores.cellKey(raised.enterpriseId(), cellOf(raised)));
        return total == null ? 0 : total.emittedGrams();
    }

    private static YearPollutant cellOf(ViolationFlagRaised raised) {
        return new YearPollutant(ChinaTime.yearOf(raised.onsetAt()), raised.pollutant());
    }

    /** The series a flag is about: its outlet and pollutant, all pollutants of its outlet, or its pollutant at every outlet. */
    private List<SeriesId> seriesOf(ViolationFlagRaised raised) {
        if (raised.outlet() != null && raised.pollutant() != null) {
            return List.of(new SeriesId(raised.enterpriseId(), raised.outlet(), raised.pollutant()));
        }
        List<SeriesId> of = new ArrayList<>();
        String prefix = raised.outlet() != null
                ? AccountingStores.outletKey(raised.enterpriseId(), raised.outlet()) + "|"
                : AccountingStores.enterprisePrefix(raised.enterpriseId());
        for (KeyValue<String, SeriesState> state : entries(series, prefix)) {
            SeriesId id = state.value.id();
            if (raised.pollutant() == null || id.pollutant() == raised.pollutant()) {
                of.add(id);
            }
        }
        return of;
    }

    private List<HourSlot> sinceOnset(List<SeriesId> of, ViolationFlagRaised raised, Instant asOf) {
        List<HourSlot> slots = new ArrayList<>();
        of.forEach(id -> slots.addAll(slots(id, ChinaTime.hourOf(raised.onsetAt()), ChinaTime.hourOf(asOf))));
        return slots;
    }

    /** The hours of a series from {@code from} to {@code to}, both inclusive. */
    private List<HourSlot> slots(SeriesId id, Instant from, Instant to) {
        List<HourSlot> slots = new ArrayList<>();
        if (to.isBefore(from)) {
            return slots;
        }
        try (KeyValueIterator<String, HourSlot> range = hours.range(id.hourKey(from), id.hourKey(to))) {
            range.forEachRemaining(e -> slots.add(e.value));
        }
        return slots;
    }

    private void forward(EnterpriseId enterprise, String eventId, Instant asOf, long timestamp, Object event) {
        var headers = PublishedTypes.headers(Topics.EMISSION_ACCOUNTS, event.getClass(), eventId, asOf);
        context.forward(new Record<>(enterprise.value(), event, timestamp, headers));
    }

    /** Stable across processes (unlike hash codes of enums), so a restart does not republish unchanged evidence. */
    private static String fingerprint(List<EvidenceHour> evidence) {
        var crc = new CRC32();
        evidence.forEach(h -> crc.update((h.outlet() + "|" + h.pollutant() + "|" + h.hour() + "|" + h.mass().grams() + "|" + h.status()
                + "|" + h.flag() + "\n").getBytes(StandardCharsets.UTF_8)));
        return evidence.size() + "-" + Long.toHexString(crc.getValue());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Read to the end before anything is written: publishing writes to the same stores. */
    private static <V> List<KeyValue<String, V>> entries(KeyValueStore<String, V> store, String prefix) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> all = prefix == null ? store.all() : store.prefixScan(prefix, new StringSerializer())) {
            all.forEachRemaining(entries::add);
        }
        return entries;
    }
}
