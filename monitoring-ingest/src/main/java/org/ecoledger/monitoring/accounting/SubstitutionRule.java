package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.value.Medium;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Fills an invalid or missing hour conservatively, so that an enterprise never lowers its total by
 * switching its analyser off:
 * <ol>
 *   <li>the highest valid (measured, not stopped) hourly mass of the same outlet and pollutant in
 *       the look-back before the hour;</li>
 *   <li>without such history, the outlet's permitted concentration limit for the pollutant times
 *       the highest valid hourly flow the outlet has reported, the most the permit would allow;</li>
 *   <li>without a limit or a flow, zero grams, still marked as substituted so that the hour shows
 *       as unaccounted in the series and in the missing-data flag.</li>
 * </ol>
 * A substitute is computed from what is known when the hour is filled. A valid hour that arrives
 * later inside the look-back of a substituted hour raises that substitute to its own mass if it is
 * higher (never lowers it), which keeps the result the same whichever order late data arrives in
 * for history that only grows.
 */
public final class SubstitutionRule {

    private SubstitutionRule() {
    }

    public static HourSlot substitute(Instant hour, SlotKind kind, DataFlag flag, String readingKey,
                                      OptionalLong highestValidMass, Optional<ConcentrationLimit> limit,
                                      Optional<BigDecimal> highestValidFlow, Medium medium) {
        if (!kind.substituted()) {
            throw new IllegalArgumentException("only invalid and missing hours are substituted");
        }
        if (highestValidMass.isPresent()) {
            return new HourSlot(hour, highestValidMass.getAsLong(), kind, flag, SubstitutionBasis.HISTORY, readingKey);
        }
        if (limit.isPresent() && highestValidFlow.isPresent()) {
            Optional<Long> grams = HourlyMassRule.concentrationTimesFlow(limit.get().limit().value(), highestValidFlow.get(), medium);
            if (grams.isPresent()) {
                return new HourSlot(hour, grams.get(), kind, flag, SubstitutionBasis.PERMIT_LIMIT_TIMES_FLOW, readingKey);
            }
        }
        return new HourSlot(hour, 0, kind, flag, SubstitutionBasis.NONE, readingKey);
    }

    /** The substitute after a valid hour of {@code validGrams} became known inside its look-back. */
    public static HourSlot raisedBy(HourSlot slot, long validGrams) {
        if (!slot.substituted() || validGrams <= slot.grams()) {
            return slot;
        }
        return slot.withSubstitute(validGrams, SubstitutionBasis.HISTORY);
    }
}
