package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.trading.QuotaClass;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The allowance of an enterprise for a year and pollutant, as total-quantity control defines it:
 * the annual total its permits grant (see {@link PermitBook}), plus the emission rights of that
 * vintage it gained (bought, allocated, awarded at auction, credited for a voluntary reduction),
 * less those it lost (sold, bought back by the reserve, retired for a new project's permit). Rights
 * of every region count: the class's region says where they were issued, not where they may be
 * emitted.
 *
 * <p>A year and pollutant is under total-quantity control once a granting permit states a total
 * for it or the enterprise has held rights of that vintage; its allowance is then the sum of the
 * two, either of them possibly zero. Rights traded before the permit is known are kept and the
 * permit's total is added when it arrives. Otherwise there is no allowance and nothing to exceed.
 */
final class AllowanceRule {

    private AllowanceRule() {
    }

    /** The cell of the annual account that rights of this class count in: their vintage and pollutant. */
    static YearPollutant cellOf(QuotaClass quotaClass) {
        return new YearPollutant(quotaClass.vintage(), quotaClass.pollutant());
    }

    /** The allowance from the permitted total and the net rights traded, each absent if there is none. */
    static Optional<Long> allowance(Optional<Long> permitted, Optional<Long> tradedRights) {
        if (permitted.isEmpty() && tradedRights.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Math.addExact(permitted.orElse(0L), tradedRights.orElse(0L)));
    }

    /** Every allowance of an enterprise, by year and pollutant. */
    static SortedMap<YearPollutant, Long> allowances(Map<YearPollutant, Long> permitted, Map<YearPollutant, Long> tradedRights) {
        SortedMap<YearPollutant, Long> allowances = new TreeMap<>(permitted);
        tradedRights.forEach((cell, grams) -> allowances.merge(cell, grams, Math::addExact));
        return allowances;
    }
}
