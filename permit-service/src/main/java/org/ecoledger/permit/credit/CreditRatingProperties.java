package org.ecoledger.permit.credit;

import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.Set;

/**
 * The credit rating rule's figures ({@code ecoledger.enforcement.credit}); see {@link CreditRatingRule}.
 *
 * @param points         what one confirmed violation of a severity weighs
 * @param blueFrom       the points from which the level is blue rather than green; likewise the others
 * @param blackOn        kinds of violation whose confirmation alone makes the level black
 */
@ConfigurationProperties(prefix = "ecoledger.enforcement.credit")
public record CreditRatingProperties(Map<Severity, Integer> points, int blueFrom, int yellowFrom, int redFrom, int blackFrom,
                                     Set<ViolationType> blackOn) {

    public CreditRatingProperties {
        points = points == null ? Map.of() : Map.copyOf(points);
        blackOn = blackOn == null ? Set.of() : Set.copyOf(blackOn);
        for (Severity severity : Severity.values()) {
            if (points.getOrDefault(severity, -1) < 0) {
                throw new IllegalArgumentException("the credit rule needs the points of a " + severity + " violation (at least 0)");
            }
        }
        if (!(0 < blueFrom && blueFrom <= yellowFrom && yellowFrom <= redFrom && redFrom <= blackFrom)) {
            throw new IllegalArgumentException("credit thresholds rise from blue to black, starting above 0");
        }
    }
}
