package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One permit as the accounting needs it: its status with the periods it was issued, its validity
 * over all its terms ({@code validFrom} of the first term, {@code validUntil} of the latest renewal:
 * renewals continue without a gap), its current terms and the annual totals per year.
 *
 * @param termsSequence the enterprise-wide sequence number of the event that set the current terms;
 *                      where two permits state a limit for the same outlet, the later terms win
 */
public record PermitRecord(
        PermitId permitId,
        PermitNumber permitNumber,
        ManagementClass managementClass,
        PermitStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        List<IssuedPeriod> issuedPeriods,
        int version,
        long termsSequence,
        PermitTerms terms,
        List<TotalsVersion> totalsVersions) {

    public PermitRecord {
        issuedPeriods = List.copyOf(issuedPeriods);
        totalsVersions = List.copyOf(totalsVersions);
    }

    public Instant validityStartsAt() {
        return validFrom.atStartOfDay().toInstant(Validity.CHINA);
    }

    public Instant validityEndsAt() {
        return validUntil.plusDays(1).atStartOfDay().toInstant(Validity.CHINA);
    }

    public boolean listsOutlet(OutletCode outlet) {
        return terms.outlets().stream().anyMatch(o -> o.code().equals(outlet));
    }

    /** Issued (not suspended or ended) at that instant, within its validity, and stating that outlet. */
    public boolean allowsDischargeAt(OutletCode outlet, Instant instant) {
        return listsOutlet(outlet)
                && !instant.isBefore(validityStartsAt()) && instant.isBefore(validityEndsAt())
                && issuedPeriods.stream().anyMatch(p -> p.contains(instant));
    }

    public Optional<ConcentrationLimit> limitFor(OutletCode outlet, Pollutant pollutant) {
        return terms.outlets().stream()
                .filter(o -> o.code().equals(outlet))
                .findFirst()
                .flatMap(o -> o.limitFor(pollutant));
    }

    /**
     * The calendar years in which the permit was, or while it stays issued will be, in force: issued
     * at some instant of the year within its validity. Such a year is granted in full; an open
     * issued period is taken to last to the end of the validity.
     */
    public SortedSet<Integer> grantedYears() {
        SortedSet<Integer> years = new TreeSet<>();
        for (IssuedPeriod period : issuedPeriods) {
            Instant start = period.from().isAfter(validityStartsAt()) ? period.from() : validityStartsAt();
            Instant end = period.until() != null && period.until().isBefore(validityEndsAt()) ? period.until() : validityEndsAt();
            if (start.isBefore(end)) {
                for (int year = ChinaTime.yearOf(start); year <= ChinaTime.yearOf(end.minusNanos(1)); year++) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    /** The totals for a year: the latest version from that year or before; the first version covers years before it. */
    public List<AnnualTotal> totalsFor(int year) {
        TotalsVersion chosen = totalsVersions.get(0);
        for (TotalsVersion version : totalsVersions) {
            if (version.fromYear() <= year && version.fromYear() >= chosen.fromYear()) {
                chosen = version;
            }
        }
        return chosen.totals();
    }

    PermitRecord withStatus(PermitStatus newStatus, Instant at) {
        List<IssuedPeriod> periods = new ArrayList<>(issuedPeriods);
        boolean open = !periods.isEmpty() && periods.get(periods.size() - 1).isOpen();
        if (newStatus == PermitStatus.ISSUED && !open) {
            periods.add(new IssuedPeriod(at, null));
        } else if (newStatus != PermitStatus.ISSUED && open) {
            periods.set(periods.size() - 1, periods.get(periods.size() - 1).closedAt(at));
        }
        return new PermitRecord(permitId, permitNumber, managementClass, newStatus, validFrom, validUntil, periods,
                version, termsSequence, terms, totalsVersions);
    }

    PermitRecord renewedUntil(LocalDate from, LocalDate until) {
        LocalDate firstDay = from.isBefore(validFrom) ? from : validFrom;
        LocalDate lastDay = until.isAfter(validUntil) ? until : validUntil;
        return new PermitRecord(permitId, permitNumber, managementClass, status, firstDay, lastDay, issuedPeriods,
                version, termsSequence, terms, totalsVersions);
    }

    PermitRecord amended(int newVersion, long newTermsSequence, PermitTerms newTerms, int fromYear) {
        List<TotalsVersion> versions = new ArrayList<>(totalsVersions);
        versions.removeIf(v -> v.fromYear() == fromYear);
        versions.add(new TotalsVersion(fromYear, newTerms.annualTotals()));
        return new PermitRecord(permitId, permitNumber, managementClass, status, validFrom, validUntil, issuedPeriods,
                newVersion, newTermsSequence, newTerms, versions);
    }
}
