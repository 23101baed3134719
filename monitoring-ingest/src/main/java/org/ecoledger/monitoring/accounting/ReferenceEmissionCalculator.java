package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.ecoledger.monitoring.accounting.ChinaTime.HOUR;

/**
 * The emission accounting written the simple way: plain maps, no Kafka, and wherever the topology
 * keeps a running figure this class recomputes it from the hours (annual totals are sums over
 * every hour, runs of bad hours are walked back hour by hour, every series is checked for missing
 * hours after every input). It is the specification the topology is tested against.
 *
 * <p>A reading that cannot be accounted (it lacks its enterprise, outlet, period or times) or that
 * is dated more than {@link AccountingConfig#readingsDatedAheadUpTo()} after its receipt is
 * refused before anything else and does not move the clock; the topology sets both aside as it
 * reads them.
 *
 * <p>Each input is handled in three steps, in this order, by both implementations:
 * <ol>
 *   <li>The accounting clock moves to the input's event time if that is later. Every hour that
 *       ended {@link AccountingConfig#missingAfter()} or more before the clock and has no data is
 *       filled as missing, series by series in key order, hour by hour.</li>
 *   <li>The input is applied, unless it is refused as too late: an hourly or daily reading whose
 *       period starts more than {@link AccountingConfig#readingsAcceptedFor()} before the clock, or a
 *       holding change whose event is more than {@link AccountingConfig#tradingEventsAcceptedFor()}
 *       before it, changes nothing and is refused (the topology dead-letters it), even if it is a copy
 *       of one that counted. A reading already seen (same {@code readingKey}) is ignored. For a new
 *       reading: the discharge-permit check for its outlet; then for each controlled pollutant of the
 *       outlet's medium, in name order, the concentration check (averaging-period readings) and the
 *       hourly mass (hourly readings). A permit event updates the enterprise's permits and
 *       re-judges every annual total of the enterprise. A holding change not seen before (same
 *       trading event, enterprise and class) adds to the rights the enterprise traded of the class's
 *       vintage and pollutant, and re-judges that one annual total, if it has hours; the allowance
 *       is the permitted total plus the rights traded ({@link AllowanceRule}).</li>
 *   <li>Hours the reading made due (a series that started or reached further back) are filled.</li>
 * </ol>
 * Writing an hour re-judges the annual total of its year and pollutant, then the series' missing
 * data. A valid hour then raises later substitutes in its look-back, each such change re-judging
 * the annual total.
 *
 * <p>Episode flags follow the newest data: the concentration check only judges a period later than
 * the last one judged for the series, the permit check only a reading later than the last one
 * judged for the outlet, and the missing-data check the run of bad hours that ends at the series'
 * latest hour. An out-of-order reading still counts in the masses and the series, but it neither
 * opens nor closes an episode: otherwise a logger's backlog, resent after a reconnect, would raise
 * and clear a flag per reading.
 */
public final class ReferenceEmissionCalculator {

    private final AccountingConfig config;
    private final Set<String> readingsSeen = new HashSet<>();
    private final Map<EnterpriseId, PermitBook> permits = new HashMap<>();
    private final Set<String> holdingChangesSeen = new HashSet<>();
    private final Map<EnterpriseId, Map<YearPollutant, Long>> tradedRights = new HashMap<>();
    private final TreeMap<String, Series> series = new TreeMap<>();
    private final Map<String, Outlet> outlets = new HashMap<>();
    private final TreeMap<String, ViolationFlagRaised> openFlags = new TreeMap<>();
    private final List<FlagChange> emitted = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();
    private Instant clock;

    /** An input the accounting did not apply, and why. */
    public record Refusal(DeadLetterReason reason, AccountingInput input) {
    }

    public ReferenceEmissionCalculator(AccountingConfig config) {
        this.config = config;
    }

    /** Applies one input and returns the flag events it caused, in order. */
    public List<FlagChange> accept(AccountingInput input) {
        if (input instanceof AccountingInput.ReadingArrived arrived && !AccountingInput.isAccountable(arrived.reading())) {
            refused.add(new Refusal(DeadLetterReason.NOT_ACCOUNTABLE, input));
            return List.of();
        }
        if (input instanceof AccountingInput.ReadingArrived arrived && config.isDatedAhead(arrived.reading())) {
            refused.add(new Refusal(DeadLetterReason.DATED_AHEAD, input));
            return List.of();
        }
        int before = emitted.size();
        if (clock == null || input.time().isAfter(clock)) {
            clock = input.time();
        }
        fillMissingHours();
        if (input instanceof AccountingInput.ReadingArrived arrived) {
            onReading(arrived.reading());
        } else if (input instanceof AccountingInput.PermitEventArrived permitEvent) {
            onPermitEvent(permitEvent.event());
        } else if (input instanceof AccountingInput.HoldingChangeArrived holdingChange) {
            onHoldingChange(holdingChange);
        }
        fillMissingHours();
        return List.copyOf(emitted.subList(before, emitted.size()));
    }

    public List<FlagChange> emitted() {
        return List.copyOf(emitted);
    }

    /** Every input refused so far, in order. */
    public List<Refusal> refused() {
        return List.copyOf(refused);
    }

    /** The hours of one outlet and pollutant in [from, to). */
    public List<HourSlot> hourlySeries(EnterpriseId enterprise, OutletCode outlet, Pollutant pollutant, Instant from, Instant to) {
        Series s = series.get(new SeriesId(enterprise, outlet, pollutant).key());
        return s == null ? List.of() : List.copyOf(s.slots.subMap(from, true, to, false).values());
    }

    /** Every pollutant with emissions or an allowance in the year, in name order. */
    public List<AnnualAccountLine> annualAccount(EnterpriseId enterprise, int year) {
        SortedSet<String> pollutants = new TreeSet<>();
        cellsWithHours(enterprise).stream().filter(c -> c.year() == year).forEach(c -> pollutants.add(c.pollutant().name()));
        permitsOf(enterprise).allowances().keySet().stream().filter(c -> c.year() == year).forEach(c -> pollutants.add(c.pollutant().name()));
        tradedRightsOf(enterprise).keySet().stream().filter(c -> c.year() == year).forEach(c -> pollutants.add(c.pollutant().name()));
        List<AnnualAccountLine> lines = new ArrayList<>();
        for (String name : pollutants) {
            YearPollutant cell = new YearPollutant(year, Pollutant.valueOf(name));
            Long traded = tradedRightsOf(enterprise).get(cell);
            lines.add(new AnnualAccountLine(enterprise, year, cell.pollutant(), Mass.ofGrams(emitted(enterprise, cell)),
                    Mass.ofGrams(substituted(enterprise, cell)), allowanceOf(enterprise, cell).map(Mass::ofGrams).orElse(null),
                    traded == null ? null : Mass.ofGrams(traded)));
        }
        return lines;
    }

    public List<ViolationFlagRaised> openFlags() {
        return List.copyOf(openFlags.values());
    }

    public List<ViolationFlagRaised> openFlags(String regionPrefix) {
        return openFlags.values().stream().filter(f -> f.region() != null && f.region().value().startsWith(regionPrefix)).toList();
    }

    private void fillMissingHours() {
        Instant horizon = ChinaTime.missingHorizon(clock, config.missingAfter());
        for (Series s : series.values()) {
            if (s.slots.isEmpty()) {
                continue;
            }
            for (Instant hour = s.slots.firstKey(); hour.isBefore(horizon); hour = hour.plus(HOUR)) {
                if (!s.slots.containsKey(hour)) {
                    write(s, substitute(s, hour, SlotKind.MISSING, null, null));
                }
            }
        }
    }

    private void onReading(DeviceReadingReceived reading) {
        boolean hourlyOrDaily = reading.period() == ReadingPeriod.HOUR || reading.period() == ReadingPeriod.DAY;
        if (hourlyOrDaily && reading.dataTime().isBefore(clock.minus(config.readingsAcceptedFor()))) {
            refused.add(new Refusal(DeadLetterReason.TOO_LATE, new AccountingInput.ReadingArrived(reading)));
            return;
        }
        if (!readingsSeen.add(reading.readingKey())) {
            return;
        }
        EnterpriseId enterprise = reading.enterpriseId();
        Outlet outlet = outlets.computeIfAbsent(enterprise.value() + "|" + reading.outlet().value(), k -> new Outlet());
        checkDischarge(reading, outlet);
        Medium medium = reading.outlet().medium();
        boolean hourly = reading.period() == ReadingPeriod.HOUR;
        boolean averaging = ConcentrationRule.isAveragingPeriod(reading.period(), medium);
        Optional<BigDecimal> flow = hourly ? HourlyMassRule.validFlow(reading) : Optional.empty();
        flow.ifPresent(f -> outlet.highestFlow = outlet.highestFlow == null || f.compareTo(outlet.highestFlow) > 0 ? f : outlet.highestFlow);
        if (!hourly && !averaging) {
            return;
        }
        for (Map.Entry<Pollutant, FactorReading> factor : HourlyMassRule.controlledFactors(reading)) {
            SeriesId id = new SeriesId(enterprise, reading.outlet(), factor.getKey());
            Series s = series.computeIfAbsent(id.key(), k -> new Series(id));
            s.region = reading.region();
            if (averaging) {
                checkConcentration(s, reading.period(), reading.dataTime(), factor.getValue());
            }
            if (hourly) {
                countHour(s, ChinaTime.hourOf(reading.dataTime()),
                        HourlyMassRule.judge(factor.getKey(), factor.getValue(), flow, medium), reading.readingKey());
            }
        }
    }

    private void checkDischarge(DeviceReadingReceived reading, Outlet outlet) {
        if (!DischargeRule.saysAnything(reading)
                || outlet.latestDischargeCheck != null && !reading.dataTime().isAfter(outlet.latestDischargeCheck)) {
            return;
        }
        outlet.latestDischargeCheck = reading.dataTime();
        boolean discharging = DischargeRule.showsDischarge(reading);
        boolean covered = permitsOf(reading.enterpriseId()).allowsDischargeAt(reading.outlet(), reading.dataTime());
        FlagSubject subject = FlagSubject.dischargeWithoutPermit(reading.enterpriseId(), reading.outlet());
        boolean open = openFlags.containsKey(subject.key());
        if (discharging && !covered && !open) {
            raise(subject, Flags.dischargeWithoutValidPermit(reading.enterpriseId(), reading.region(), reading.outlet(),
                    reading.dataTime(), clock));
        } else if ((!discharging || covered) && open) {
            clear(subject, Flags.dischargeEnded(reading.dataTime(), !discharging));
        }
    }

    private void checkConcentration(Series s, ReadingPeriod period, Instant periodStart, FactorReading factor) {
        Optional<BigDecimal> average = ConcentrationRule.averageOf(factor, s.id.outlet().medium());
        if (average.isEmpty() || s.latestConcentrationPeriod != null && !periodStart.isAfter(s.latestConcentrationPeriod)) {
            return;
        }
        s.latestConcentrationPeriod = periodStart;
        Optional<ConcentrationLimit> limit = permitsOf(s.id.enterprise()).limitFor(s.id.outlet(), s.id.pollutant());
        boolean exceeding = ConcentrationRule.exceeds(average.get(), limit);
        FlagSubject subject = FlagSubject.concentration(s.id);
        boolean open = openFlags.containsKey(subject.key());
        if (exceeding && !open) {
            raise(subject, Flags.concentrationExceeded(s.id, s.region, period, periodStart, average.get(), limit.get(), clock));
        } else if (!exceeding && open) {
            clear(subject, Flags.withinLimit(period, periodStart, average.get()));
        }
    }

    private void countHour(Series s, Instant hour, FactorHour judged, String readingKey) {
        HourSlot existing = s.slots.get(hour);
        if (existing != null && !judged.kind().outranks(existing.kind())) {
            return;
        }
        HourSlot slot = judged.kind().substituted()
                ? substitute(s, hour, SlotKind.INVALID, judged.flag(), readingKey)
                : HourSlot.counted(hour, judged.grams(), judged.kind(), judged.flag(), readingKey);
        write(s, slot);
        if (slot.countsAsHistory()) {
            for (HourSlot later : List.copyOf(s.slots.subMap(hour, false, hour.plus(config.substitutionLookBack()), true).values())) {
                HourSlot raised = SubstitutionRule.raisedBy(later, slot.grams());
                if (raised != later) {
                    write(s, raised);
                }
            }
        }
    }

    private HourSlot substitute(Series s, Instant hour, SlotKind kind, DataFlag flag, String readingKey) {
        OptionalLong history = s.slots.subMap(hour.minus(config.substitutionLookBack()), true, hour, false).values().stream()
                .filter(HourSlot::countsAsHistory)
                .mapToLong(HourSlot::grams)
                .max();
        Outlet outlet = outlets.get(s.id.enterprise().value() + "|" + s.id.outlet().value());
        return SubstitutionRule.substitute(hour, kind, flag, readingKey, history,
                permitsOf(s.id.enterprise()).limitFor(s.id.outlet(), s.id.pollutant()),
                Optional.ofNullable(outlet == null ? null : outlet.highestFlow), s.id.outlet().medium());
    }

    private void write(Series s, HourSlot slot) {
        s.slots.put(slot.hour(), slot);
        judgeAnnualTotal(s.id.enterprise(), new YearPollutant(ChinaTime.yearOf(slot.hour()), s.id.pollutant()), slot.hour());
        judgeMissingData(s);
    }

    private void onPermitEvent(PermitIntegrationEvent event) {
        EnterpriseId enterprise = event.enterpriseId();
        permits.put(enterprise, permitsOf(enterprise).apply(event));
        for (YearPollutant cell : cellsWithHours(enterprise)) {
            judgeAnnualTotal(enterprise, cell, ChinaTime.notBeforeYear(event.at(), cell.year()));
        }
    }

    private void onHoldingChange(AccountingInput.HoldingChangeArrived arrived) {
        if (arrived.at().isBefore(clock.minus(config.tradingEventsAcceptedFor()))) {
            refused.add(new Refusal(DeadLetterReason.TOO_LATE, arrived));
            return;
        }
        if (!holdingChangesSeen.add(arrived.deduplicationKey())) {
            return;
        }
        YearPollutant cell = AllowanceRule.cellOf(arrived.quotaClass());
        tradedRights.computeIfAbsent(arrived.enterprise(), e -> new HashMap<>()).merge(cell, arrived.change().deltaGrams(), Math::addExact);
        if (cellsWithHours(arrived.enterprise()).contains(cell)) {
            judgeAnnualTotal(arrived.enterprise(), cell, ChinaTime.withinYear(arrived.at(), cell.year()));
        }
    }

    private Optional<Long> allowanceOf(EnterpriseId enterprise, YearPollutant cell) {
        return AllowanceRule.allowance(permitsOf(enterprise).allowance(cell.year(), cell.pollutant()),
                Optional.ofNullable(tradedRightsOf(enterprise).get(cell)));
    }

    private Map<YearPollutant, Long> tradedRightsOf(EnterpriseId enterprise) {
        return tradedRights.getOrDefault(enterprise, Map.of());
    }

    private void judgeAnnualTotal(EnterpriseId enterprise, YearPollutant cell, Instant cause) {
        PermitBook book = permitsOf(enterprise);
        long emitted = emitted(enterprise, cell);
        Optional<Long> allowance = allowanceOf(enterprise, cell);
        boolean exceeded = allowance.isPresent() && emitted > allowance.get();
        FlagSubject subject = FlagSubject.annualTotal(enterprise, cell);
        boolean open = openFlags.containsKey(subject.key());
        if (exceeded && !open) {
            raise(subject, Flags.annualTotalExceeded(enterprise, book.flagRegion(), cell, cause, emitted, allowance.get(), clock));
        } else if (!exceeded && open) {
            clear(subject, Flags.withinAllowance(cell, emitted, allowance.orElse(null)));
        }
    }

    private void judgeMissingData(Series s) {
        Instant latest = s.slots.lastKey();
        boolean latestIsGood = s.slots.get(latest).good();
        FlagSubject subject = FlagSubject.dataMissing(s.id);
        boolean open = openFlags.containsKey(subject.key());
        if (open && latestIsGood) {
            clear(subject, Flags.validDataAgain(latest));
        } else if (!open && !latestIsGood) {
            Instant runStart = latest;
            while (s.slots.containsKey(runStart.minus(HOUR)) && s.slots.get(runStart.minus(HOUR)).substituted()) {
                runStart = runStart.minus(HOUR);
            }
            long hours = Duration.between(runStart, latest).toHours() + 1;
            if (hours >= config.dataMissingFlagAfterHours()) {
                raise(subject, Flags.dataMissingOrInvalid(s.id, s.region, runStart, hours, config.dataMissingFlagAfterHours(), clock));
            }
        }
    }

    private long emitted(EnterpriseId enterprise, YearPollutant cell) {
        return hoursOf(enterprise, cell).stream().mapToLong(HourSlot::grams).sum();
    }

    private long substituted(EnterpriseId enterprise, YearPollutant cell) {
        return hoursOf(enterprise, cell).stream().mapToLong(HourSlot::substitutedGrams).sum();
    }

    private List<HourSlot> hoursOf(EnterpriseId enterprise, YearPollutant cell) {
        return series.values().stream()
                .filter(s -> s.id.enterprise().equals(enterprise) && s.id.pollutant() == cell.pollutant())
                .flatMap(s -> s.slots.values().stream())
                .filter(slot -> ChinaTime.yearOf(slot.hour()) == cell.year())
                .toList();
    }

    private SortedSet<YearPollutant> cellsWithHours(EnterpriseId enterprise) {
        SortedSet<YearPollutant> cells = new TreeSet<>();
        series.values().stream()
                .filter(s -> s.id.enterprise().equals(enterprise))
                .forEach(s -> s.slots.keySet().forEach(hour -> cells.add(new YearPollutant(ChinaTime.yearOf(hour), s.id.pollutant()))));
        return cells;
    }

    private PermitBook permitsOf(EnterpriseId enterprise) {
        return permits.getOrDefault(enterprise, PermitBook.empty(enterprise));
    }

    private void raise(FlagSubject subject, ViolationFlagRaised raised) {
        openFlags.put(subject.key(), raised);
        emitted.add(new FlagChange.Raised(raised));
    }

    private void clear(FlagSubject subject, String detail) {
        ViolationFlagRaised open = openFlags.remove(subject.key());
        emitted.add(new FlagChange.Cleared(Flags.cleared(open, clock, detail)));
    }

    private static final class Series {
        private final SeriesId id;
        private final TreeMap<Instant, HourSlot> slots = new TreeMap<>();
        private RegionCode region;
        private Instant latestConcentrationPeriod;

        private Series(SeriesId id) {
            this.id = id;
        }
    }

    private static final class Outlet {
        private BigDecimal highestFlow;
        private Instant latestDischargeCheck;
    }
}
