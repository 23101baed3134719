package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.CpItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one source, as its data logger reports them. Every factor has a value per
 * minute of simulated time: its mean (from the kind, or the scenario after its onset) times a
 * day-night load swing, a drift that wanders from hour to hour and a minute-to-minute noise.
 * Uploads aggregate those minutes the way a logger does: the average, the lowest and highest
 * value, and for pollutants and flow the amount over the period ({@code -Cou}: kg from
 * concentration times flow, m³ of flow). Flue-gas pollutants also carry the average corrected to
 * the reference O2 ({@code -ZsAvg}), which is what their limits apply to.
 *
 * <p>The values are a pure function of the seed, the factor and the minute, so that a period sent
 * twice, or generated again after a restart, carries the same numbers.
 */
public final class ReadingGenerator {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
    private static final int MASS_DECIMALS = 4;
    private static final int VOLUME_DECIMALS = 1;
    private static final long DRIFT = 0x5DEECE66DL;
    private static final long NOISE = 0x2545F4914F6CDD1DL;
    private static final long LOW = 0x9E3779B97F4A7C15L;
    private static final long HIGH = 0xC2B2AE3D27D4EB4FL;
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] POWERS_OF_TEN_LONG = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    private final SourceKind kind;
    private final long seed;
    private final Scenario scenario;

    public ReadingGenerator(SourceKind kind, long seed, Scenario scenario) {
        this.kind = kind;
        this.seed = seed;
        this.scenario = scenario;
    }

    public SourceKind kind() {
        return kind;
    }

    /**
     * The CP of an upload covering [{@code start}, {@code start + length}): its DataTime (the
     * period's start, Beijing time) and every factor's values, each flagged {@code flag}.
     *
     * @param start  a whole minute
     * @param length whole minutes, at least one
     */
    public List<CpItem> upload(Instant start, Duration length, String flag) {
        if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0 || length.toSeconds() % 60 != 0 || length.toMinutes() < 1) {
            throw new IllegalArgumentException("an upload covers whole minutes: " + start + " for " + length);
        }
        long firstMinute = start.getEpochSecond() / 60;
        int minutes = Math.toIntExact(length.toMinutes());
        double[] flow = minuteValues(kind.flow(), firstMinute, minutes);
        double[] o2 = kind == SourceKind.FLUE_GAS ? minuteValues(kind.factor(SourceKind.O2), firstMinute, minutes) : null;
        List<CpItem> items = new ArrayList<>(1 + kind.factors().size() * 6);
        items.add(new CpItem("DataTime", DATA_TIME.format(start)));
        for (FactorProfile factor : kind.factors()) {
            addFactor(items, factor, firstMinute, minutes, flow, o2, flag);
        }
        return items;
    }

    /** The value of a factor in one minute, before aggregation; exposed for tests of the model. */
    double valueAt(FactorProfile factor, long epochMinute) {
        Instant at = Instant.ofEpochSecond(epochMinute * 60);
        double mean = scenario.meanOf(factor, at);
        long minuteOfDay = Math.floorMod(epochMinute + 8 * 60, 1440);
        double load = 1 + factor.dailySwing() * Math.sin(2 * Math.PI * (minuteOfDay - 360) / 1440.0);
        long hour = Math.floorDiv(epochMinute, 60);
        double t = Math.floorMod(epochMinute, 60) / 60.0;
        double smooth = t * t * (3 - 2 * t);
        double drift = unit(factor, hour, DRIFT) * (1 - smooth) + unit(factor, hour + 1, DRIFT) * smooth;
        double value = mean * load * (1 + factor.noise() * drift) * (1 + factor.noise() * 0.5 * unit(factor, epochMinute, NOISE));
        return Math.max(0, value);
    }

    private double[] minuteValues(FactorProfile factor, long firstMinute, int minutes) {
        double[] values = new double[minutes];
        for (int i = 0; i < minutes; i++) {
            values[i] = valueAt(factor, firstMinute + i);
        }
        return values;
    }

    private void addFactor(List<CpItem> items, FactorProfile factor, long firstMinute, int minutes, double[] flow, double[] o2,
                           String flag) {
        boolean isFlow = factor.role() == FactorProfile.Role.FLOW;
        double[] values = isFlow ? flow : minuteValues(factor, firstMinute, minutes);
        double sum = 0;
        double low = Double.MAX_VALUE;
        double high = 0;
        double corrected = 0;
        double amount = 0;
        for (int i = 0; i < minutes; i++) {
            double value = values[i];
            long minute = firstMinute + i;
            // The logger samples every few seconds: a minute's extremes lie around its mean.
            low = Math.min(low, value * (1 - factor.noise() * 0.5 * Math.abs(unit(factor, minute, LOW))));
            high = Math.max(high, value * (1 + factor.noise() * 0.5 * Math.abs(unit(factor, minute, HIGH))));
            sum += value;
            double cubicMetres = flow[i] * 60 * kind.cubicMetresPerFlowSecond();
            if (isFlow) {
                amount += cubicMetres;
            } else if (factor.role() == FactorProfile.Role.POLLUTANT) {
                amount += value * cubicMetres * kind.kilogramsPerConcentrationCubicMetre();
                if (o2 != null) {
                    corrected += value * (21 - SourceKind.REFERENCE_O2_PERCENT) / (21 - Math.min(o2[i], 20));
                }
            }
        }
        String code = factor.code();
        items.add(new CpItem(code + "-Avg", decimal(sum / minutes, factor.decimals())));
        items.add(new CpItem(code + "-Min", decimal(low, factor.decimals())));
        items.add(new CpItem(code + "-Max", decimal(high, factor.decimals())));
        if (factor.role() == FactorProfile.Role.POLLUTANT && o2 != null) {
            items.add(new CpItem(code + "-ZsAvg", decimal(corrected / minutes, factor.decimals())));
        }
        if (factor.role() != FactorProfile.Role.CONDITION) {
            items.add(new CpItem(code + "-Cou", decimal(amount, isFlow ? VOLUME_DECIMALS : MASS_DECIMALS)));
        }
        items.add(new CpItem(code + "-Flag", flag));
    }

    /**
     * The value rounded half up to {@code decimals} places and written plainly, as a logger prints
     * it: what {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP).toPlainString()} gives.
     * That route (the double's shortest decimal string, then a rescale) was half the simulator's
     * time per frame, time taken from the platform it shares the machine with, so the value is
     * scaled to a long and written digit by digit instead. The scaling is a double multiplication,
     * off by a rounding error at most; only a value that close to a half unit, where the two could
     * round apart, takes the decimal route.
     */
    static String decimal(double value, int decimals) {
        double scaled = decimals < POWERS_OF_TEN.length ? Math.abs(value) * POWERS_OF_TEN[decimals] : Double.NaN;
        double below = Math.floor(scaled);
        double fraction = scaled - below;
        if (!(scaled < 1e12) || Math.abs(fraction - 0.5) < 1e-9 + scaled * 1e-12) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        long units = (long) below + (fraction > 0.5 ? 1 : 0);
        StringBuilder text = new StringBuilder(24);
        if (value < 0 && units != 0) {
            text.append('-');
        }
        long whole = units / POWERS_OF_TEN_LONG[decimals];
        text.append(whole);
        if (decimals > 0) {
            String digits = Long.toString(units - whole * POWERS_OF_TEN_LONG[decimals]);
            text.append('.');
            for (int pad = digits.length(); pad < decimals; pad++) {
                text.append('0');
            }
            text.append(digits);
        }
        return text.toString();
    }

    /** A number in [-1, 1) fixed by the seed, the factor, an index and a salt. */
    private double unit(FactorProfile factor, long index, long salt) {
        return Mix.signed(seed ^ salt, factor.code().hashCode(), index);
    }
}
