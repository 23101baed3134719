package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.Pollutant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hourly mass of each controlled pollutant in an hourly (CN 2061) reading.
 *
 * <ul>
 *   <li>Valid flag (N, S, T; a missing flag reads as N) and a {@code cou}: the device's own
 *       hourly mass in kg, converted to grams.</li>
 *   <li>Valid flag without {@code cou}: the hourly average concentration times the hour's flow
 *       ({@code cou} of {@code a00000}/{@code B02} for flue gas, {@code w00000}/{@code B01} for
 *       waste water, in m³, with a valid flag itself). Air: mg/m³ × m³ / 1000 = g. Water:
 *       mg/L × m³ = g. The measured {@code avg} is used, not the O2-corrected {@code zsAvg}: mass
 *       is what left the stack, the correction is only for comparing with limits.</li>
 *   <li>F (source stopped): 0 g, counted as valid data.</li>
 *   <li>Invalid flags (M, C, D, B, P), or a valid flag without the numbers to compute a mass (or
 *       with negative ones): an invalid hour, which the substitution rule fills.</li>
 * </ul>
 * Grams are exact decimal arithmetic rounded up to the whole gram: the accounting must never
 * undercount, and a part-gram is not worth an argument.
 */
public final class HourlyMassRule {

    private static final Set<String> AIR_FLOW_CODES = Set.of("a00000", "B02");
    private static final Set<String> WATER_FLOW_CODES = Set.of("w00000", "B01");
    private static final BigDecimal GRAMS_PER_KILOGRAM = BigDecimal.valueOf(1000);

    private HourlyMassRule() {
    }

    public static DataFlag flagOf(FactorReading factor) {
        return factor.flag() == null ? DataFlag.N : factor.flag();
    }

    /**
     * The reading's factors that are controlled pollutants of the outlet's medium, one per
     * pollutant (the first, where a device sends both the 2017 and the 2005 code), in the order of
     * the pollutants' names so that both implementations visit them alike.
     */
    public static List<Map.Entry<Pollutant, FactorReading>> controlledFactors(DeviceReadingReceived reading) {
        Medium medium = reading.outlet().medium();
        Map<Pollutant, FactorReading> byPollutant = new LinkedHashMap<>();
        for (FactorReading factor : reading.factors()) {
            Pollutant.fromCode(factor.code())
                    .filter(p -> p.medium() == medium)
                    .ifPresent(p -> byPollutant.putIfAbsent(p, factor));
        }
        List<Map.Entry<Pollutant, FactorReading>> factors = new ArrayList<>(byPollutant.entrySet());
        factors.sort(Comparator.comparing(e -> e.getKey().name()));
        return factors;
    }

    /** Each controlled pollutant of an hourly reading, judged. */
    public static List<FactorHour> hourOf(DeviceReadingReceived reading) {
        if (reading.period() != ReadingPeriod.HOUR) {
            throw new IllegalArgumentException("hourly masses come from hourly readings, not " + reading.period());
        }
        Optional<BigDecimal> flow = validFlow(reading);
        Medium medium = reading.outlet().medium();
        return controlledFactors(reading).stream()
                .map(e -> judge(e.getKey(), e.getValue(), flow, medium))
                .toList();
    }

    /** One controlled pollutant of an hourly reading, judged with the reading's valid flow. */
    public static FactorHour judge(Pollutant pollutant, FactorReading factor, Optional<BigDecimal> flow, Medium medium) {
        DataFlag flag = flagOf(factor);
        return switch (flag.validity()) {
            case SOURCE_STOPPED -> new FactorHour(pollutant, flag, SlotKind.SOURCE_STOPPED, 0);
            case INVALID -> new FactorHour(pollutant, flag, SlotKind.INVALID, 0);
            case VALID -> measuredGrams(factor, flow, medium)
                    .map(grams -> new FactorHour(pollutant, flag, SlotKind.MEASURED, grams))
                    .orElseGet(() -> new FactorHour(pollutant, flag, SlotKind.INVALID, 0));
        };
    }

    private static Optional<Long> measuredGrams(FactorReading factor, Optional<BigDecimal> flow, Medium medium) {
        if (isNonNegative(factor.cou())) {
            return wholeGramsUp(factor.cou().multiply(GRAMS_PER_KILOGRAM));
        }
        if (isNonNegative(factor.avg()) && flow.isPresent()) {
            return concentrationTimesFlow(factor.avg(), flow.get(), medium);
        }
        return Optional.empty();
    }

    /** The hour's flow in m³ if the reading carries one with a valid flag. */
    public static Optional<BigDecimal> validFlow(DeviceReadingReceived reading) {
        Set<String> codes = reading.outlet().medium() == Medium.AIR ? AIR_FLOW_CODES : WATER_FLOW_CODES;
        return reading.factors().stream()
                .filter(f -> codes.contains(f.code().trim()))
                .findFirst()
                .filter(f -> flagOf(f).validity() == DataFlag.Validity.VALID && isNonNegative(f.cou()))
                .map(FactorReading::cou);
    }

    /** Grams from a concentration in the medium's unit and a volume in m³, rounded up; empty if too large to count. */
    public static Optional<Long> concentrationTimesFlow(BigDecimal concentration, BigDecimal cubicMetres, Medium medium) {
        BigDecimal milligramsPerUnitTimesCubicMetres = concentration.multiply(cubicMetres);
        // Air: mg/m³ × m³ = mg, a thousandth of a gram. Water: a cubic metre is 1000 L, so mg/L × m³ = 1000 mg = g.
        BigDecimal grams = medium == Medium.AIR
                ? milligramsPerUnitTimesCubicMetres.divide(GRAMS_PER_KILOGRAM)
                : milligramsPerUnitTimesCubicMetres;
        return wholeGramsUp(grams);
    }

    private static Optional<Long> wholeGramsUp(BigDecimal grams) {
        try {
            return Optional.of(grams.setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean isNonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }
}
