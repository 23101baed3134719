package org.ecoledger.permit.quota;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.value.Mass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The emission rights a new or expanded project must hold before its permit or amendment takes
 * effect. Rights are asked for one vintage only: the year in which the new terms take effect.
 * That is the year whose total the project first adds to; the bureau's allocation of later years
 * is a matter for the trading rules of those years, not a condition of the permit.
 */
public final class ProjectQuota {

    private ProjectQuota() {
    }

    /** Every annual total of a new permit, of the year it starts to count: its first valid day, or the day of issue if later. */
    public static List<QuotaRequirement> forNewPermit(PermitTerms terms, Validity validity, Instant issuedAt) {
        LocalDate issueDay = LocalDate.ofInstant(issuedAt, Validity.CHINA);
        int vintage = (validity.from().isAfter(issueDay) ? validity.from() : issueDay).getYear();
        return terms.annualTotals().stream().map(total -> new QuotaRequirement(total.pollutant(), vintage, total.perYear())).toList();
    }

    /**
     * Each total's increase over the version in force (a pollutant the permit had no total for
     * counts from zero), of the year of the decision; totals that stay or go down need nothing.
     */
    public static List<QuotaRequirement> forAmendment(PermitTerms current, PermitTerms amended, Instant decidedAt) {
        int vintage = LocalDate.ofInstant(decidedAt, Validity.CHINA).getYear();
        return amended.annualTotals().stream()
                .filter(total -> total.perYear().exceeds(currentTotal(current, total)))
                .map(total -> new QuotaRequirement(total.pollutant(), vintage, total.perYear().minus(currentTotal(current, total))))
                .toList();
    }

    /** "SO2 120.5 t of 2027; NOX 180 t of 2027", for the audit trail. */
    public static String describe(List<QuotaRequirement> requirements) {
        return requirements.stream()
                .map(r -> r.pollutant().name() + " " + r.quantity() + " of " + r.vintage())
                .collect(Collectors.joining("; "));
    }

    private static Mass currentTotal(PermitTerms current, AnnualTotal total) {
        return current.totalFor(total.pollutant()).map(AnnualTotal::perYear).orElse(Mass.ZERO);
    }
}
