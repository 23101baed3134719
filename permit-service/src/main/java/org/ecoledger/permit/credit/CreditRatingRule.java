package org.ecoledger.permit.credit;

import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The yearly environmental credit level from the year's confirmed violations. Each confirmed
 * violation weighs the points of its severity (as decided, or as escalated when a rectification
 * came too late); the sum sets the level by thresholds: green below {@code blueFrom}, then blue,
 * yellow, red, and black from {@code blackFrom}. A confirmed violation of a kind listed in
 * {@code blackOn} (by default, discharging without a valid permit) makes the level black by itself.
 * Dismissed and superseded decisions weigh nothing. The figures are configuration
 * ({@link CreditRatingProperties}); this class only applies them.
 */
public final class CreditRatingRule {

    private final CreditRatingProperties figures;

    public CreditRatingRule(CreditRatingProperties figures) {
        this.figures = figures;
    }

    /** One confirmed violation as the rule weighs it. */
    public record Weighed(ViolationType type, Severity severity) {
    }

    public record Rating(CreditLevel level, int points, String basis) {
    }

    public Rating rate(List<Weighed> confirmed) {
        int points = confirmed.stream().mapToInt(v -> figures.points().get(v.severity())).sum();
        boolean blackByKind = confirmed.stream().anyMatch(v -> figures.blackOn().contains(v.type()));
        CreditLevel level = blackByKind || points >= figures.blackFrom() ? CreditLevel.BLACK
                : points >= figures.redFrom() ? CreditLevel.RED
                : points >= figures.yellowFrom() ? CreditLevel.YELLOW
                : points >= figures.blueFrom() ? CreditLevel.BLUE
                : CreditLevel.GREEN;
        return new Rating(level, points, basis(confirmed, points, blackByKind));
    }

    private static String basis(List<Weighed> confirmed, int points, boolean blackByKind) {
        if (confirmed.isEmpty()) {
            return "no confirmed violations";
        }
        String counted = confirmed.stream()
                .collect(Collectors.groupingBy(v -> v.type() + "/" + v.severity(), java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "));
        return confirmed.size() + " confirmed violation(s), " + points + " point(s): " + counted
                + (blackByKind ? "; a kind that blacklists by itself" : "");
    }
}
