package org.ecoledger.monitoring.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How a device's source behaves from {@code onset} on (simulated time): pollutants whose mean
 * concentration is replaced, and a factor on the flow. Before the onset, and without a scenario,
 * the source runs at its kind's typical values, within the usual limits.
 *
 * @param concentrations mean concentration by factor code, replacing the kind's
 * @param flowFactor     multiplies the flow, and with it every pollutant's mass
 */
public record Scenario(String name, Map<String, Double> concentrations, double flowFactor, Instant onset) {

    public static final Scenario NORMAL = new Scenario("normal", Map.of(), 1, Instant.MIN);

    public Scenario {
        concentrations = Map.copyOf(concentrations);
        if (!(flowFactor > 0)) {
            throw new IllegalArgumentException("the flow factor is positive, not " + flowFactor);
        }
    }

    /** The pollutant's mean concentration rises to {@code mean} from {@code onset}: an hourly (air) or daily (water) exceedance. */
    public static Scenario concentrationAt(SourceKind kind, String code, double mean, Instant onset) {
        requirePollutant(kind, code);
        return new Scenario("concentration of " + code + " at " + mean, Map.of(code, mean), 1, onset);
    }

    /**
     * The source runs harder from {@code onset}, within its concentration limits, so that the
     * pollutant's mass reaches {@code tonnes} in {@code within} of simulated time: an enterprise
     * over its annual total.
     */
    public static Scenario totalWithin(SourceKind kind, String code, BigDecimal tonnes, Duration within, Instant onset) {
        FactorProfile pollutant = requirePollutant(kind, code);
        double hours = within.toSeconds() / 3600.0;
        if (hours <= 0 || tonnes.signum() <= 0) {
            throw new IllegalArgumentException("a total is reached in a positive time: " + tonnes + " t in " + within);
        }
        double wantedPerHour = tonnes.doubleValue() * 1000 / hours;
        double typicalPerHour = kind.kilogramsPerHour(pollutant.mean(), kind.flow().mean());
        return new Scenario(code + " reaching " + tonnes.toPlainString() + " t in " + within, Map.of(),
                wantedPerHour / typicalPerHour, onset);
    }

    /** The mean of a factor at a simulated instant. */
    double meanOf(FactorProfile factor, Instant at) {
        if (at.isBefore(onset)) {
            return factor.mean();
        }
        if (factor.role() == FactorProfile.Role.FLOW) {
            return factor.mean() * flowFactor;
        }
        return concentrations.getOrDefault(factor.code(), factor.mean());
    }

    private static FactorProfile requirePollutant(SourceKind kind, String code) {
        FactorProfile factor = kind.factor(code);
        if (factor.role() != FactorProfile.Role.POLLUTANT) {
            throw new IllegalArgumentException(code + " is not a pollutant of " + kind);
        }
        return factor;
    }

    /**
     * Reads a scenario from the command line, its onset counted from {@code start}:
     * {@code normal}, {@code concentration:CODE:MEAN[:ONSET]} or {@code total:CODE:TONNES:WITHIN[:ONSET]},
     * durations in ISO-8601 ({@code PT2H}, {@code P3D}).
     */
    public static Scenario parse(SourceKind kind, String text, Instant start) {
        String[] parts = text.trim().split(":");
        try {
            return switch (parts[0]) {
                case "normal" -> NORMAL;
                case "concentration" -> concentrationAt(kind, parts[1], Double.parseDouble(parts[2]), onset(parts, 3, start));
                case "total" -> totalWithin(kind, parts[1], new BigDecimal(parts[2]), Duration.parse(parts[3]), onset(parts, 4, start));
                default -> throw new IllegalArgumentException("unknown scenario " + parts[0]);
            };
        } catch (ArrayIndexOutOfBoundsException | java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("a scenario is normal, concentration:CODE:MEAN[:ONSET] or total:CODE:TONNES:WITHIN[:ONSET], not "
                    + text, e);
        }
    }

    private static Instant onset(String[] parts, int index, Instant start) {
        return parts.length > index ? start.plus(Duration.parse(parts[index])) : start;
    }
}
