package org.ecoledger.permit.reporting;

import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportedEmission;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a reported total differs from the monitored one by too much to pass: by more than
 * {@code tolerancePercent} of the monitored total and more than {@code minimumDifferenceGrams}.
 * A pollutant monitoring counted but the report left out is a line of its own, reported as zero.
 * Where monitoring counted nothing for a reported pollutant there is nothing to compare with, and
 * the line is not marked.
 */
public final class DiscrepancyRule {

    private final int tolerancePercent;
    private final long minimumDifferenceGrams;

    public DiscrepancyRule(int tolerancePercent, long minimumDifferenceGrams) {
        this.tolerancePercent = tolerancePercent;
        this.minimumDifferenceGrams = minimumDifferenceGrams;
    }

    public List<ReportLine> compare(List<ReportedEmission> reported, List<ReportedEmission> monitored) {
        Map<Pollutant, Mass> counted = new EnumMap<>(Pollutant.class);
        monitored.forEach(m -> counted.merge(m.pollutant(), m.mass(), Mass::plus));
        List<ReportLine> lines = new ArrayList<>();
        for (ReportedEmission r : reported) {
            Mass m = counted.remove(r.pollutant());
            lines.add(new ReportLine(r.pollutant(), r.mass(), m, m != null && differsTooMuch(r.mass(), m)));
        }
        counted.forEach((pollutant, m) -> lines.add(new ReportLine(pollutant, Mass.ZERO, m, differsTooMuch(Mass.ZERO, m))));
        return lines;
    }

    private boolean differsTooMuch(Mass reported, Mass monitored) {
        long difference = Math.abs(reported.grams() - monitored.grams());
        // difference > monitored × tolerance / 100, in exact integers
        boolean beyondShare = BigInteger.valueOf(difference).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(monitored.grams()).multiply(BigInteger.valueOf(tolerancePercent))) > 0;
        return beyondShare && difference > minimumDifferenceGrams;
    }
}
