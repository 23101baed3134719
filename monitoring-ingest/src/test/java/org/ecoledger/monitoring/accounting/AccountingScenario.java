package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.ecoledger.monitoring.accounting.AccountingFixture.REVIEWER;
import static org.ecoledger.monitoring.accounting.AccountingFixture.amended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.expired;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.permitId;
import static org.ecoledger.monitoring.accounting.AccountingFixture.permitNumber;
import static org.ecoledger.monitoring.accounting.AccountingFixture.reinstated;
import static org.ecoledger.monitoring.accounting.AccountingFixture.renewed;
import static org.ecoledger.monitoring.accounting.AccountingFixture.revoked;
import static org.ecoledger.monitoring.accounting.AccountingFixture.suspended;

/**
 * A random stream for the contract test: a few enterprises with air and water outlets, permits
 * issued, amended, suspended, reinstated, renewed, revoked, cancelled or expired (some redelivered,
 * some late), hourly readings with random flags, values and flows, outages, a backup analyser on
 * some outlets, minute and daily readings, and arrivals that are late, resent and out of order,
 * emission rights allocated, traded between the enterprises, bought back, retired for a permit and
 * reinstated (some events
 * redelivered, some late against the readings), plus occasional clock advances. The window
 * straddles new year in China time, so totals split over two years, and rights of either vintage
 * (and the next) change hands inside it.
 */
record AccountingScenario(AccountingConfig config, Instant wallClockStart, Instant from, Instant to, List<EnterpriseId> enterprises,
                          List<SeriesId> series, List<AccountingInput> inputs) {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final List<OutletCode> OUTLETS = List.of(OutletCode.of("DA001"), OutletCode.of("DA002"), OutletCode.of("DW001"));
    private static final List<RegionCode> REGIONS = List.of(RegionCode.of("510104"), RegionCode.of("510703"), RegionCode.of("110105"));
    private static final DataFlag[] INVALID_FLAGS = {DataFlag.M, DataFlag.C, DataFlag.D, DataFlag.B, DataFlag.P};

    static AccountingScenario generate(Random random, int maxEnterprises, int maxHours) {
        AccountingConfig config = new AccountingConfig(
                pick(random, List.of(Duration.ofHours(3), Duration.ofHours(12), Duration.ofDays(30))),
                pick(random, List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(150))),
                Duration.ofHours(2 + random.nextInt(3)),
                Duration.ofMinutes(1),
                pick(random, List.of(Duration.ZERO, Duration.ofHours(2))))
                // Windows short enough that resent, late and backlogged inputs fall out of them, and the defaults.
                .withAcceptance(pick(random, List.of(Duration.ofHours(6), Duration.ofDays(2), AccountingConfig.READINGS_ACCEPTED_FOR)),
                        pick(random, List.of(Duration.ofHours(3), Duration.ofDays(1), AccountingConfig.TRADING_EVENTS_ACCEPTED_FOR)));
        // Hour 0 falls between 08:00 and 16:00 of 31 December China time minus some hours: new year is inside the window.
        Instant start = Instant.parse("2025-12-31T00:00:00Z").plus(Duration.ofHours(random.nextInt(12)));
        int hours = 12 + random.nextInt(Math.max(1, maxHours - 11));
        List<Timed> timed = new ArrayList<>();
        List<EnterpriseId> enterprises = new ArrayList<>();
        Set<SeriesId> series = new LinkedHashSet<>();
        int enterpriseCount = 1 + random.nextInt(maxEnterprises);
        for (int e = 1; e <= enterpriseCount; e++) {
            EnterpriseId enterprise = enterprise(e);
            enterprises.add(enterprise);
            RegionCode region = pick(random, REGIONS);
            List<OutletCode> outlets = new ArrayList<>(OUTLETS);
            Collections.shuffle(outlets, random);
            outlets = outlets.subList(0, 1 + random.nextInt(2));
            int permitCount = random.nextInt(10) < 8 ? 1 + (random.nextInt(5) == 0 ? 1 : 0) : 0;
            for (int sequence = 1; sequence <= permitCount; sequence++) {
                permitLife(random, enterprise, sequence, outlets, start, hours, timed);
            }
            for (OutletCode outlet : outlets) {
                List<Pollutant> pollutants = pollutantsOf(random, outlet.medium());
                pollutants.forEach(p -> series.add(new SeriesId(enterprise, outlet, p)));
                readings(random, enterprise, region, outlet, pollutants, start, hours, timed);
            }
        }
        trading(random, enterprises, series, start, hours, timed);
        Instant tick = start;
        while (random.nextInt(3) > 0) {
            tick = tick.plus(Duration.ofMinutes(60 + random.nextInt(8 * 60)));
            timed.add(new Timed(tick, timed.size(), new AccountingInput.ClockAdvanced(tick)));
        }
        // Arrival order: by event time, give or take up to half an hour, so that event time is not monotonic;
        // clock advances keep their own order because the wall clock only moves forward.
        timed.sort(Comparator.comparing(Timed::order).thenComparing(Timed::sequence));
        List<AccountingInput> inputs = timed.stream().map(Timed::input).collect(Collectors.toList());
        return new AccountingScenario(config, start.minus(Duration.ofDays(2)), start.minus(Duration.ofDays(1)),
                start.plus(Duration.ofHours(hours + 48)), enterprises, List.copyOf(series), inputs);
    }

    private static void permitLife(Random random, EnterpriseId enterprise, int sequence, List<OutletCode> outlets, Instant start,
                                   int hours, List<Timed> timed) {
        Instant issuedAt = start.plus(Duration.ofMinutes(random.nextInt(Math.max(1, hours / 2) * 60 + 360) - 360));
        LocalDate from = LocalDate.ofInstant(start, Validity.CHINA).plusDays(random.nextInt(3) - 1);
        Validity validity = new Validity(from, from.plusDays(random.nextInt(4) == 0 ? 1 : 400));
        int version = 1;
        PermitIntegrationEvent issue = issued(enterprise, sequence, validity, terms(random, outlets), issuedAt);
        add(random, timed, issue);
        Instant at = issuedAt;
        int operations = random.nextInt(5);
        for (int i = 0; i < operations; i++) {
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(hours * 60 / 2 + 1)));
            PermitIntegrationEvent event = switch (random.nextInt(7)) {
                case 0, 1 -> amended(enterprise, sequence, ++version, terms(random, outlets), at);
                case 2 -> suspended(enterprise, sequence, at);
                case 3 -> reinstated(enterprise, sequence, at);
                case 4 -> revoked(enterprise, sequence, at);
                case 5 -> renewed(enterprise, sequence, validity.next(), at);
                default -> random.nextBoolean()
                        ? expired(enterprise, sequence, validity, at)
                        : new PermitCancelled(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise,
                                AccountingFixture.CHENGDU_DISTRICT, "no longer needed", REVIEWER, at);
            };
            add(random, timed, event);
        }
    }

    private static PermitTerms terms(Random random, List<OutletCode> outlets) {
        List<OutletPermit> stated = new ArrayList<>();
        Set<Pollutant> measured = new LinkedHashSet<>();
        for (OutletCode outlet : outlets) {
            if (stated.isEmpty() || random.nextInt(8) > 0) {
                List<ConcentrationLimit> limits = new ArrayList<>();
                for (Pollutant pollutant : outlet.medium() == Medium.AIR ? List.of(Pollutant.NOX, Pollutant.SO2) : List.of(Pollutant.COD, Pollutant.NH3_N)) {
                    measured.add(pollutant);
                    if (random.nextInt(4) > 0) {
                        String limit = String.valueOf(outlet.medium() == Medium.AIR ? 60 + random.nextInt(100) : 20 + random.nextInt(40));
                        limits.add(new ConcentrationLimit(pollutant, Concentration.of(limit, pollutant.medium().concentrationUnit()), "GB 13223-2011"));
                    }
                }
                stated.add(new OutletPermit(outlet, outlet.medium() == Medium.AIR ? "atmosphere" : "Fu River", limits));
            }
        }
        List<AnnualTotal> totals = new ArrayList<>();
        for (Pollutant pollutant : measured) {
            if (random.nextInt(4) > 0) {
                totals.add(new AnnualTotal(pollutant, Mass.ofGrams(1000 + random.nextInt(40_000))));
            }
        }
        return new PermitTerms(stated, totals);
    }

    private static List<Pollutant> pollutantsOf(Random random, Medium medium) {
        List<Pollutant> candidates = medium == Medium.AIR ? List.of(Pollutant.NOX, Pollutant.SO2) : List.of(Pollutant.COD, Pollutant.NH3_N);
        return random.nextBoolean() ? candidates : List.of(pick(random, candidates));
    }

    private static void readings(Random random, EnterpriseId enterprise, RegionCode region, OutletCode outlet, List<Pollutant> pollutants,
                                 Instant start, int hours, List<Timed> timed) {
        Medium medium = outlet.medium();
        int firstHour = random.nextInt(4);
        int outageFrom = random.nextInt(3) == 0 ? random.nextInt(hours) : -1;
        int outageHours = 2 + random.nextInt(7);
        boolean outageSendsInvalid = random.nextBoolean();
        boolean backupAnalyser = random.nextInt(3) == 0;
        for (int h = firstHour; h < hours; h++) {
            Instant hour = start.plus(HOUR.multipliedBy(h));
            boolean inOutage = outageFrom >= 0 && h >= outageFrom && h < outageFrom + outageHours;
            if (inOutage && !outageSendsInvalid || !inOutage && random.nextInt(100) < 12) {
                continue;
            }
            List<FactorReading> factors = new ArrayList<>();
            for (Pollutant pollutant : pollutants) {
                factors.add(factor(random, pollutant.code2017(), inOutage ? pick(random, List.of(INVALID_FLAGS)) : flag(random)));
            }
            if (random.nextInt(5) > 0) {
                factors.add(new FactorReading(medium == Medium.AIR ? "a00000" : "w00000", null, null, null, null, null,
                        new BigDecimal(1000 + random.nextInt(30_000)), random.nextInt(10) == 0 ? DataFlag.M : DataFlag.N));
            }
            Collections.shuffle(factors, random);
            DeviceReadingReceived reading = new DeviceReadingReceived(AccountingFixture.device(enterprise, outlet), enterprise, outlet,
                    region, ReadingPeriod.HOUR, hour, factors, hour.plus(HOUR).plus(delay(random)));
            add(random, timed, reading);
            if (random.nextInt(10) == 0) {
                add(random, timed, resent(random, reading));
            }
            if (backupAnalyser && random.nextInt(5) == 0) {
                List<FactorReading> backup = pollutants.stream().map(p -> factor(random, p.code2017(), flag(random))).toList();
                add(random, timed, new DeviceReadingReceived(AccountingFixture.device(enterprise, outlet, "backup"), enterprise, outlet,
                        region, ReadingPeriod.HOUR, hour, backup, hour.plus(HOUR).plus(delay(random))));
            }
            if (random.nextInt(40) == 0) {
                // A second logger whose clock runs hours fast: some of its readings are dated within the hour's leeway and count
                // (in a later hour), the rest are refused as dated ahead by both implementations.
                Duration fast = Duration.ofHours(1 + random.nextInt(24));
                add(random, timed, new DeviceReadingReceived(AccountingFixture.device(enterprise, outlet, "fast-clock"), enterprise, outlet,
                        region, ReadingPeriod.HOUR, hour.plus(fast), factors, hour.plus(HOUR).plus(delay(random))));
            }
            if (random.nextInt(10) == 0) {
                Instant minute = hour.plus(Duration.ofMinutes(random.nextInt(60)));
                DeviceReadingReceived minuteReading = new DeviceReadingReceived(reading.mn(), enterprise, outlet, region,
                        ReadingPeriod.MINUTE, minute,
                        List.of(factor(random, pollutants.get(0).code2017(), random.nextInt(3) == 0 ? DataFlag.F : DataFlag.N)),
                        minute.plus(Duration.ofMinutes(1 + random.nextInt(5))));
                add(random, timed, minuteReading);
                if (random.nextInt(4) == 0) {
                    add(random, timed, resent(random, minuteReading));
                }
            }
            Instant day = hour.atOffset(Validity.CHINA).toLocalDate().atStartOfDay().toInstant(Validity.CHINA);
            if (medium == Medium.WATER && (hour.equals(day) || h == firstHour) && random.nextInt(4) > 0) {
                List<FactorReading> daily = pollutants.stream().map(p -> factor(random, p.code2017(), flag(random))).toList();
                add(random, timed, new DeviceReadingReceived(reading.mn(), enterprise, outlet, region, ReadingPeriod.DAY,
                        day.minus(Duration.ofDays(1)), daily, hour.plus(delay(random))));
            }
        }
    }

    /**
     * Trading events in the order their ledgers settled them: an enterprise only gives up rights
     * it holds, so that every holding stays non-negative as it would in trading-service. Each event
     * becomes its holding changes; the accounting may see a buyer's change before or after the
     * seller's, and long after the readings of the same hours.
     */
    private static void trading(Random random, List<EnterpriseId> enterprises, Set<SeriesId> series, Instant start, int hours,
                                List<Timed> timed) {
        Map<String, Long> held = new HashMap<>();
        List<QuotaRetiredForPermit> retirements = new ArrayList<>();
        Instant at = start.minus(Duration.ofHours(6));
        int events = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8);
        for (int n = 1; n <= events; n++) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt((hours + 6) * 60 / events)));
            EnterpriseId enterprise = pick(random, enterprises);
            // Mostly rights of what the enterprise emits, so that trades move its flags; now and then of something else.
            List<Pollutant> emits = series.stream().filter(s -> s.enterprise().equals(enterprise)).map(SeriesId::pollutant).toList();
            Pollutant pollutant = emits.isEmpty() || random.nextInt(5) == 0
                    ? pick(random, List.of(Pollutant.SO2, Pollutant.NOX, Pollutant.COD, Pollutant.NH3_N))
                    : pick(random, emits);
            QuotaClass quotaClass = new QuotaClass(pollutant, pick(random, REGIONS), pick(random, List.of(2025, 2025, 2026, 2026, 2027)));
            long holding = held.getOrDefault(enterprise + "|" + quotaClass, 0L);
            // Permitted totals are up to 41 kg, a year's emissions from a few kilograms to hundreds: 1 to 500 kg, log-uniform.
            long grams = 1000L * Math.round(Math.exp(random.nextDouble() * Math.log(500)));
            TradingIntegrationEvent event;
            if (!retirements.isEmpty() && random.nextInt(4) == 0) {
                event = TradingFixture.reinstatedForPermit(retirements.remove(0), at);
            } else if (holding == 0) {
                event = TradingFixture.allocated(enterprise, quotaClass, grams, at);
            } else {
                long given = Math.min(holding, grams);
                List<EnterpriseId> others = enterprises.stream().filter(e -> !e.equals(enterprise)).toList();
                event = switch (random.nextInt(3)) {
                    case 0 -> others.isEmpty()
                            ? TradingFixture.boughtBack(enterprise, quotaClass, given, at)
                            : TradingFixture.trade(n, quotaClass, pick(random, others), enterprise, given, at);
                    case 1 -> TradingFixture.boughtBack(enterprise, quotaClass, given, at);
                    default -> {
                        QuotaRetiredForPermit retirement = TradingFixture.retiredForPermit(enterprise, permitId(enterprise, 9),
                                List.of(new RetiredQuota(quotaClass, Mass.ofGrams(given))), at);
                        retirements.add(retirement);
                        yield retirement;
                    }
                };
            }
            event.holdingChanges().forEach(c -> held.merge(c.enterprise() + "|" + c.quotaClass(), c.deltaGrams(), Math::addExact));
            add(random, timed, new UUID(random.nextLong(), random.nextLong()).toString(), event);
        }
    }

    /** The same upload sent again: as it was, with other values, or with other flags; the first one counts. */
    private static DeviceReadingReceived resent(Random random, DeviceReadingReceived reading) {
        List<FactorReading> factors = switch (random.nextInt(3)) {
            case 0 -> reading.factors();
            case 1 -> reading.factors().stream().map(f -> new FactorReading(f.code(), null, null, f.avg(), null, null,
                    f.cou() == null ? null : f.cou().add(BigDecimal.ONE), f.flag())).toList();
            default -> reading.factors().stream().map(f -> new FactorReading(f.code(), null, null, f.avg(), null, f.zsAvg(),
                    f.cou(), flag(random))).toList();
        };
        return new DeviceReadingReceived(reading.mn(), reading.enterpriseId(), reading.outlet(), reading.region(), reading.period(),
                reading.dataTime(), factors, reading.receivedAt().plus(Duration.ofMinutes(1 + random.nextInt(300))));
    }

    private static FactorReading factor(Random random, String code, DataFlag flag) {
        BigDecimal average = BigDecimal.valueOf(random.nextInt(2000), 1);
        BigDecimal corrected = random.nextInt(4) == 0 ? average.add(BigDecimal.valueOf(random.nextInt(300), 1)) : null;
        BigDecimal cou = random.nextInt(10) < 6 ? BigDecimal.valueOf(random.nextInt(2_000_000), 6) : null;
        return new FactorReading(code, null, null, random.nextInt(10) == 0 ? null : average, null, corrected, cou, flag);
    }

    private static DataFlag flag(Random random) {
        int roll = random.nextInt(100);
        if (roll < 62) {
            return DataFlag.N;
        }
        if (roll < 70) {
            return DataFlag.F;
        }
        if (roll < 75) {
            return DataFlag.S;
        }
        if (roll < 80) {
            return DataFlag.T;
        }
        if (roll < 85) {
            return null;
        }
        return pick(random, List.of(INVALID_FLAGS));
    }

    private static Duration delay(Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return Duration.ofSeconds(30 + random.nextInt(570));
        }
        if (roll < 90) {
            return Duration.ofMinutes(10 + random.nextInt(170));
        }
        return Duration.ofMinutes(180 + random.nextInt(420));
    }

    private static void add(Random random, List<Timed> timed, DeviceReadingReceived reading) {
        Instant order = reading.receivedAt().plus(Duration.ofSeconds(random.nextInt(1800)));
        timed.add(new Timed(order, timed.size(), new AccountingInput.ReadingArrived(reading)));
    }

    private static void add(Random random, List<Timed> timed, PermitIntegrationEvent event) {
        // Now and then a permit event reaches the accounting hours after readings that came later: the topics are read independently.
        Duration lag = random.nextInt(10) == 0 ? Duration.ofMinutes(random.nextInt(300)) : Duration.ofSeconds(random.nextInt(1800));
        Instant order = event.at().plus(lag);
        timed.add(new Timed(order, timed.size(), new AccountingInput.PermitEventArrived(event)));
        if (random.nextInt(10) == 0) {
            timed.add(new Timed(order.plus(Duration.ofMinutes(random.nextInt(120))), timed.size(), new AccountingInput.PermitEventArrived(event)));
        }
    }

    private static void add(Random random, List<Timed> timed, String eventId, TradingIntegrationEvent event) {
        for (AccountingInput.HoldingChangeArrived change : AccountingInput.HoldingChangeArrived.of(eventId, event)) {
            Duration lag = random.nextInt(5) == 0 ? Duration.ofMinutes(random.nextInt(600)) : Duration.ofSeconds(random.nextInt(1800));
            timed.add(new Timed(event.at().plus(lag), timed.size(), change));
            if (random.nextInt(6) == 0) {
                timed.add(new Timed(event.at().plus(lag).plus(Duration.ofMinutes(random.nextInt(240))), timed.size(), change));
            }
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("scenario with " + config + ", " + inputs.size() + " inputs:\n");
        for (int i = 0; i < inputs.size(); i++) {
            text.append("  ").append(i).append(": ").append(describe(inputs.get(i))).append('\n');
        }
        return text.toString();
    }

    static String describe(AccountingInput input) {
        if (input instanceof AccountingInput.ReadingArrived arrived) {
            DeviceReadingReceived r = arrived.reading();
            return "reading " + r.enterpriseId().value().substring(13) + " " + r.outlet() + " " + r.period() + " " + r.dataTime()
                    + " received " + r.receivedAt() + " " + r.factors().stream()
                    .map(f -> f.code() + "[" + f.flag() + " avg=" + f.avg() + " zs=" + f.zsAvg() + " cou=" + f.cou() + "]")
                    .collect(Collectors.joining(" "));
        }
        if (input instanceof AccountingInput.PermitEventArrived permitEvent) {
            PermitIntegrationEvent e = permitEvent.event();
            return e.getClass().getSimpleName() + " " + e.enterpriseId().value().substring(13) + " " + e.permitNumber() + " at " + e.at();
        }
        if (input instanceof AccountingInput.HoldingChangeArrived arrived) {
            return "holding of " + arrived.enterprise().value().substring(13) + " in " + arrived.quotaClass() + " "
                    + (arrived.change().deltaGrams() > 0 ? "+" : "") + arrived.change().deltaGrams() + " g by " + arrived.tradingEventId()
                    + " at " + arrived.at();
        }
        return "clock to " + input.time();
    }

    private record Timed(Instant order, int sequence, AccountingInput input) {
    }
}
