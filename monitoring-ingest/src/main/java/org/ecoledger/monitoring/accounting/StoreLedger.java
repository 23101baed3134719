package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.Pollutant;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.ecoledger.monitoring.accounting.ChinaTime.HOUR;

/**
 * The accounting over the topology's state stores, incremental where the reference recomputes:
 * annual totals are running sums, each series remembers up to where its hours are complete and
 * where its trailing run of bad hours starts, and missing hours are looked for only when the clock
 * crosses an hour boundary (for every series of the task) or when a reading reaches further back
 * in a series (for that series). The order of the steps, and so of the flags, is the reference's:
 * see {@link ReferenceEmissionCalculator}.
 */
final class StoreLedger {

    private final AccountingConfig config;
    private final SeenKeys readingsSeen;
    private final KeyValueStore<String, HourSlot> hours;
    private final KeyValueStore<String, SeriesState> series;
    private final KeyValueStore<String, OutletState> outlets;
    private final KeyValueStore<String, AnnualEmission> annualTotals;
    private final KeyValueStore<String, AnnualEmission> monthlyTotals;
    private final KeyValueStore<String, Long> allowances;
    private final KeyValueStore<String, Long> tradedRights;
    private final SeenKeys holdingChangesSeen;
    private final KeyValueStore<String, PermitBook> permits;
    private final KeyValueStore<String, ViolationFlagRaised> openFlags;
    private final KeyValueStore<String, Instant> clockStore;
    private final Consumer<FlagChange> emit;

    StoreLedger(AccountingConfig config, ProcessorContext<?, ?> context, Consumer<FlagChange> emit) {
        this.config = config;
        this.clockStore = context.getStateStore(AccountingStores.CLOCK);
        this.readingsSeen = new SeenKeys(context.getStateStore(AccountingStores.READINGS_SEEN_BY_TIME),
                context.getStateStore(AccountingStores.READINGS_SEEN), AccountingStores::timeOfReadingKey, config.readingsAcceptedFor(),
                clock());
        this.hours = context.getStateStore(AccountingStores.HOURS);
        this.series = context.getStateStore(AccountingStores.SERIES);
        this.outlets = context.getStateStore(AccountingStores.OUTLETS);
        this.annualTotals = context.getStateStore(AccountingStores.ANNUAL_TOTALS);
        this.monthlyTotals = context.getStateStore(AccountingStores.MONTHLY_TOTALS);
        this.allowances = context.getStateStore(AccountingStores.ALLOWANCES);
        this.tradedRights = context.getStateStore(AccountingStores.TRADED_RIGHTS);
        this.holdingChangesSeen = new SeenKeys(context.getStateStore(AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME),
                context.getStateStore(AccountingStores.HOLDING_CHANGES_SEEN), key -> Optional.empty(), config.tradingEventsAcceptedFor(),
                clock());
        this.permits = context.getStateStore(AccountingStores.PERMITS);
        this.openFlags = context.getStateStore(AccountingStores.OPEN_FLAGS);
        this.emit = emit;
    }

    /**
     * Applies one input; says why if it refused it (a reading or trading event later than the
     * accounting accepts), having changed nothing but the clock.
     */
    Optional<String> accept(AccountingInput input) {
        advanceClock(input.time());
        if (input instanceof AccountingInput.ReadingArrived arrived) {
            return onReading(arrived.reading());
        } else if (input instanceof AccountingInput.PermitEventArrived permitEvent) {
            onPermitEvent(permitEvent.event());
        } else if (input instanceof AccountingInput.HoldingChangeArrived holdingChange) {
            return onHoldingChange(holdingChange);
        }
        return Optional.empty();
    }

    private Instant clock() {
        return clockStore.get(AccountingStores.CLOCK_KEY);
    }

    private Instant horizon() {
        return ChinaTime.missingHorizon(clock(), config.missingAfter());
    }

    private void advanceClock(Instant time) {
        Instant clock = clock();
        if (clock != null && !time.isAfter(clock)) {
            return;
        }
        clockStore.put(AccountingStores.CLOCK_KEY, time);
        readingsSeen.moveLegacy(time);
        holdingChangesSeen.moveLegacy(time);
        if (clock == null || !ChinaTime.missingHorizon(clock, config.missingAfter()).equals(horizon())) {
            keysOf(series, null).forEach(this::fillMissingHours);
            readingsSeen.forgetBefore(time);
            holdingChangesSeen.forgetBefore(time);
        }
    }

    private void fillMissingHours(String seriesKey) {
        SeriesState state = series.get(seriesKey);
        if (state == null || !state.hasHours()) {
            return;
        }
        Instant horizon = horizon();
        for (Instant hour = state.checkedFrom(); hour.isBefore(horizon); hour = hour.plus(HOUR)) {
            if (hours.get(state.id().hourKey(hour)) == null) {
                state = write(state, null, substitute(state, hour, SlotKind.MISSING, null, null));
            }
        }
        if (state.checkedFrom().isBefore(horizon)) {
            state = state.withHours(state.firstHour(), horizon, state.latestHour(), state.badRunStart());
        }
        series.put(seriesKey, state);
    }

    private Optional<String> onReading(DeviceReadingReceived reading) {
        if (needsDeduplication(reading)) {
            if (readingsSeen.tooLate(reading.dataTime(), clock())) {
                return Optional.of("its period starts at " + reading.dataTime() + ", more than " + config.readingsAcceptedFor()
                        + " before the accounting clock " + clock());
            }
            if (!readingsSeen.firstTime(reading.readingKey(), reading.dataTime())) {
                return Optional.empty();
            }
        }
        EnterpriseId enterprise = reading.enterpriseId();
        String outletKey = AccountingStores.outletKey(enterprise, reading.outlet());
        OutletState outlet = Optional.ofNullable(outlets.get(outletKey)).orElse(OutletState.NONE);
        outlet = checkDischarge(reading, outlet);
        Medium medium = reading.outlet().medium();
        boolean hourly = reading.period() == ReadingPeriod.HOUR;
        boolean averaging = ConcentrationRule.isAveragingPeriod(reading.period(), medium);
        Optional<BigDecimal> flow = hourly ? HourlyMassRule.validFlow(reading) : Optional.empty();
        if (flow.isPresent()) {
            outlet = outlet.withFlow(flow.get());
        }
        outlets.put(outletKey, outlet);
        if (!hourly && !averaging) {
            return Optional.empty();
        }
        SortedSet<String> touched = new TreeSet<>();
        for (Map.Entry<Pollutant, FactorReading> factor : HourlyMassRule.controlledFactors(reading)) {
            SeriesId id = new SeriesId(enterprise, reading.outlet(), factor.getKey());
            SeriesState state = Optional.ofNullable(series.get(id.key())).orElseGet(() -> SeriesState.start(id, reading.region()))
                    .withRegion(reading.region());
            if (averaging) {
                state = checkConcentration(state, reading.period(), reading.dataTime(), factor.getValue());
            }
            if (hourly) {
                state = countHour(state, ChinaTime.hourOf(reading.dataTime()),
                        HourlyMassRule.judge(factor.getKey(), factor.getValue(), flow, medium), reading.readingKey());
            }
            series.put(id.key(), state);
            touched.add(id.key());
        }
        touched.forEach(this::fillMissingHours);
        return Optional.empty();
    }

    /**
     * Real-time and minute readings only feed the discharge check, which ignores a reading not newer
     * than the outlet's newest, so a duplicate of one changes nothing, and a late one neither: they
     * are neither remembered nor refused. Remembering only hourly and daily readings keeps the store
     * at one entry per device-hour instead of one per 30 seconds, for the window.
     */
    private static boolean needsDeduplication(DeviceReadingReceived reading) {
        return reading.period() == ReadingPeriod.HOUR || reading.period() == ReadingPeriod.DAY;
    }

    private OutletState checkDischarge(DeviceReadingReceived reading, OutletState outlet) {
        if (!DischargeRule.saysAnything(reading)
                || outlet.latestDischargeCheck() != null && !reading.dataTime().isAfter(outlet.latestDischargeCheck())) {
            return outlet;
        }
        boolean discharging = DischargeRule.showsDischarge(reading);
        boolean covered = permitsOf(reading.enterpriseId()).allowsDischargeAt(reading.outlet(), reading.dataTime());
        FlagSubject subject = FlagSubject.dischargeWithoutPermit(reading.enterpriseId(), reading.outlet());
        boolean open = openFlags.get(subject.key()) != null;
        if (discharging && !covered && !open) {
            raise(subject, Flags.dischargeWithoutValidPermit(reading.enterpriseId(), reading.region(), reading.outlet(),
                    reading.dataTime(), clock()));
        } else if ((!discharging || covered) && open) {
            clear(subject, Flags.dischargeEnded(reading.dataTime(), !discharging));
        }
        return outlet.withDischargeCheck(reading.dataTime());
    }

    private SeriesState checkConcentration(SeriesState state, ReadingPeriod period, Instant periodStart, FactorReading factor) {
        Optional<BigDecimal> average = ConcentrationRule.averageOf(factor, state.id().outlet().medium());
        if (average.isEmpty()
                || state.latestConcentrationPeriod() != null && !periodStart.isAfter(state.latestConcentrationPeriod())) {
            return state;
        }
        Optional<ConcentrationLimit> limit = permitsOf(state.id().enterprise()).limitFor(state.id().outlet(), state.id().pollutant());
        boolean exceeding = ConcentrationRule.exceeds(average.get(), limit);
        FlagSubject subject = FlagSubject.concentration(state.id());
        boolean open = openFlags.get(subject.key()) != null;
        if (exceeding && !open) {
            raise(subject, Flags.concentrationExceeded(state.id(), state.region(), period, periodStart, average.get(), limit.get(), clock()));
        } else if (!exceeding && open) {
            clear(subject, Flags.withinLimit(period, periodStart, average.get()));
        }
        return state.withLatestConcentrationPeriod(periodStart);
    }

    private SeriesState countHour(SeriesState state, Instant hour, FactorHour judged, String readingKey) {
        HourSlot existing = hours.get(state.id().hourKey(hour));
        if (existing != null && !judged.kind().outranks(existing.kind())) {
            return state;
        }
        HourSlot slot = judged.kind().substituted()
                ? substitute(state, hour, SlotKind.INVALID, judged.flag(), readingKey)
                : HourSlot.counted(hour, judged.grams(), judged.kind(), judged.flag(), readingKey);
        state = write(state, existing, slot);
        if (slot.countsAsHistory()) {
            String from = state.id().hourKey(hour.plus(HOUR));
            String to = state.id().hourKey(hour.plus(config.substitutionLookBack()));
            for (KeyValue<String, HourSlot> later : entriesOf(hours, from, to)) {
                HourSlot raised = SubstitutionRule.raisedBy(later.value, slot.grams());
                if (raised != later.value) {
                    state = write(state, later.value, raised);
                }
            }
        }
        return state;
    }

    private HourSlot substitute(SeriesState state, Instant hour, SlotKind kind, DataFlag flag, String readingKey) {
        OptionalLong history = entriesOf(hours, state.id().hourKey(hour.minus(config.substitutionLookBack())),
                state.id().hourKey(hour.minus(HOUR))).stream()
                .map(e -> e.value)
                .filter(HourSlot::countsAsHistory)
                .mapToLong(HourSlot::grams)
                .max();
        OutletState outlet = outlets.get(AccountingStores.outletKey(state.id().enterprise(), state.id().outlet()));
        return SubstitutionRule.substitute(hour, kind, flag, readingKey, history,
                permitsOf(state.id().enterprise()).limitFor(state.id().outlet(), state.id().pollutant()),
                Optional.ofNullable(outlet == null ? null : outlet.highestValidFlow()), state.id().outlet().medium());
    }

    /** Stores an hour, keeps the running total and the series' bookkeeping, and re-judges the total and the missing data. */
    private SeriesState write(SeriesState state, HourSlot old, HourSlot slot) {
        SeriesId id = state.id();
        hours.put(id.hourKey(slot.hour()), slot);
        YearPollutant cell = new YearPollutant(ChinaTime.yearOf(slot.hour()), id.pollutant());
        String cellKey = AccountingStores.cellKey(id.enterprise(), cell);
        annualTotals.put(cellKey, Optional.ofNullable(annualTotals.get(cellKey)).orElse(AnnualEmission.NONE).replacing(old, slot));
        String monthKey = AccountingStores.monthKey(id.enterprise(), ChinaTime.monthOf(slot.hour()), id.pollutant());
        monthlyTotals.put(monthKey, Optional.ofNullable(monthlyTotals.get(monthKey)).orElse(AnnualEmission.NONE).replacing(old, slot));
        state = afterSlot(state, slot);
        series.put(id.key(), state);
        judgeAnnualTotal(id.enterprise(), cell, slot.hour());
        judgeMissingData(state);
        return state;
    }

    private SeriesState afterSlot(SeriesState state, HourSlot slot) {
        Instant hour = slot.hour();
        boolean bad = slot.substituted();
        if (!state.hasHours()) {
            return state.withHours(hour, hour.plus(HOUR), hour, bad ? hour : null);
        }
        Instant first = state.firstHour();
        Instant checkedFrom = state.checkedFrom();
        Instant latest = state.latestHour();
        Instant runStart = state.badRunStart();
        if (hour.isBefore(first)) {
            // The hours between the new first hour and the old one are now expected.
            first = hour;
            checkedFrom = hour.plus(HOUR);
        }
        if (hour.isAfter(latest)) {
            runStart = !bad ? null : runStart != null && hour.equals(latest.plus(HOUR)) ? runStart : hour;
            latest = hour;
        } else if (hour.equals(latest)) {
            runStart = !bad ? null : runStart != null ? runStart : hour;
        } else if (!bad) {
            if (runStart != null && !hour.isBefore(runStart)) {
                runStart = hour.plus(HOUR);
            }
        } else if (runStart != null && hour.equals(runStart.minus(HOUR))) {
            runStart = hour;
            HourSlot before = hours.get(state.id().hourKey(runStart.minus(HOUR)));
            while (before != null && before.substituted()) {
                runStart = runStart.minus(HOUR);
                before = hours.get(state.id().hourKey(runStart.minus(HOUR)));
            }
        }
        return state.withHours(first, checkedFrom, latest, runStart);
    }

    private void onPermitEvent(PermitIntegrationEvent event) {
        EnterpriseId enterprise = event.enterpriseId();
        PermitBook before = permitsOf(enterprise);
        PermitBook after = before.apply(event);
        if (after == before) {
            return;
        }
        permits.put(enterprise.value(), after);
        String prefix = AccountingStores.enterprisePrefix(enterprise);
        keysOf(allowances, prefix).forEach(allowances::delete);
        Map<YearPollutant, Long> traded = new TreeMap<>();
        keysOf(tradedRights, prefix).forEach(key -> traded.put(AccountingStores.cellOf(key), tradedRights.get(key)));
        AllowanceRule.allowances(after.allowances(), traded)
                .forEach((cell, grams) -> allowances.put(AccountingStores.cellKey(enterprise, cell), grams));
        for (String cellKey : keysOf(annualTotals, prefix)) {
            YearPollutant cell = AccountingStores.cellOf(cellKey);
            judgeAnnualTotal(enterprise, cell, ChinaTime.notBeforeYear(event.at(), cell.year()));
        }
    }

    private Optional<String> onHoldingChange(AccountingInput.HoldingChangeArrived arrived) {
        if (holdingChangesSeen.tooLate(arrived.at(), clock())) {
            return Optional.of("the trading event is of " + arrived.at() + ", more than " + config.tradingEventsAcceptedFor()
                    + " before the accounting clock " + clock());
        }
        if (!holdingChangesSeen.firstTime(arrived.deduplicationKey(), arrived.at())) {
            return Optional.empty();
        }
        EnterpriseId enterprise = arrived.enterprise();
        YearPollutant cell = AllowanceRule.cellOf(arrived.quotaClass());
        String cellKey = AccountingStores.cellKey(enterprise, cell);
        long traded = Math.addExact(Optional.ofNullable(tradedRights.get(cellKey)).orElse(0L), arrived.change().deltaGrams());
        tradedRights.put(cellKey, traded);
        allowances.put(cellKey, AllowanceRule.allowance(permitsOf(enterprise).allowance(cell.year(), cell.pollutant()), Optional.of(traded))
                .orElseThrow());
        if (annualTotals.get(cellKey) != null) {
            judgeAnnualTotal(enterprise, cell, ChinaTime.withinYear(arrived.at(), cell.year()));
        }
        return Optional.empty();
    }

    private void judgeAnnualTotal(EnterpriseId enterprise, YearPollutant cell, Instant cause) {
        String cellKey = AccountingStores.cellKey(enterprise, cell);
        long emitted = Optional.ofNullable(annualTotals.get(cellKey)).orElse(AnnualEmission.NONE).emittedGrams();
        Long allowance = allowances.get(cellKey);
        boolean exceeded = allowance != null && emitted > allowance;
        FlagSubject subject = FlagSubject.annualTotal(enterprise, cell);
        boolean open = openFlags.get(subject.key()) != null;
        if (exceeded && !open) {
            raise(subject, Flags.annualTotalExceeded(enterprise, permitsOf(enterprise).flagRegion(), cell, cause, emitted, allowance, clock()));
        } else if (!exceeded && open) {
            clear(subject, Flags.withinAllowance(cell, emitted, allowance));
        }
    }

    private void judgeMissingData(SeriesState state) {
        FlagSubject subject = FlagSubject.dataMissing(state.id());
        boolean open = openFlags.get(subject.key()) != null;
        boolean latestIsGood = state.badRunStart() == null;
        if (open && latestIsGood) {
            clear(subject, Flags.validDataAgain(state.latestHour()));
        } else if (!open && !latestIsGood) {
            long runHours = Duration.between(state.badRunStart(), state.latestHour()).toHours() + 1;
            if (runHours >= config.dataMissingFlagAfterHours()) {
                raise(subject, Flags.dataMissingOrInvalid(state.id(), state.region(), state.badRunStart(), runHours,
                        config.dataMissingFlagAfterHours(), clock()));
            }
        }
    }

    private PermitBook permitsOf(EnterpriseId enterprise) {
        return Optional.ofNullable(permits.get(enterprise.value())).orElseGet(() -> PermitBook.empty(enterprise));
    }

    private void raise(FlagSubject subject, ViolationFlagRaised raised) {
        openFlags.put(subject.key(), raised);
        emit.accept(new FlagChange.Raised(raised));
    }

    private void clear(FlagSubject subject, String detail) {
        ViolationFlagRaised open = openFlags.delete(subject.key());
        emit.accept(new FlagChange.Cleared(Flags.cleared(open, clock(), detail)));
    }

    /**
     * The keys of a store, or of those starting with a prefix, read to the end before anything is
     * written: handling an entry writes to the same stores.
     */
    private static <V> List<String> keysOf(KeyValueStore<String, V> store, String prefix) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, V> entries = prefix == null ? store.all() : store.prefixScan(prefix, new StringSerializer())) {
            entries.forEachRemaining(e -> keys.add(e.key));
        }
        return keys;
    }

    private static <V> List<KeyValue<String, V>> entriesOf(KeyValueStore<String, V> store, String from, String to) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        if (from.compareTo(to) > 0) {
            return entries;
        }
        try (KeyValueIterator<String, V> range = store.range(from, to)) {
            range.forEachRemaining(entries::add);
        }
        return entries;
    }
}
