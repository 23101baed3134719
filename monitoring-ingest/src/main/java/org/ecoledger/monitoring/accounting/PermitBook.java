package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One enterprise's permits as the accounting knows them from permit events, and the three
 * questions the accounting asks of them.
 *
 * <p><b>Allowance</b> for a year and pollutant: the sum of the annual totals of the enterprise's
 * permits that grant that year. A permit issued at any instant of a calendar year (China time)
 * within its validity grants that year's full annual total, so a suspension, revocation,
 * cancellation or expiry stops granting from the next year on and never takes back the current
 * year. An amendment's totals apply from the calendar year it is made in; earlier years keep the
 * totals in force then. A pollutant no granting permit states a total for has no allowance: it is
 * not under total-quantity control for that enterprise and year, and cannot be exceeded (an
 * enterprise without any valid permit is flagged as discharging without one instead). This is the
 * permitted part of the allowance: emission rights the enterprise trades are added to it by
 * {@link AllowanceRule}. Voluntary commitments do not lower the allowance: they mark what may be
 * sold, and a sale will.
 *
 * <p><b>Discharge allowed</b> at an instant through an outlet: some permit stating that outlet was
 * issued (not suspended, revoked, cancelled or expired) at that instant and within its validity.
 *
 * <p><b>Concentration limit</b> of an outlet and pollutant: from the current terms of the permit
 * whose terms were set last among those stating it, whatever that permit's status: a suspended
 * or revoked permit does not lift the emission standard.
 *
 * <p>Transitions are guarded by status and version, so a redelivered permit event changes nothing.
 */
public record PermitBook(EnterpriseId enterprise, RegionCode region, long termsSequence, Map<String, PermitRecord> permits) {

    public PermitBook {
        permits = Collections.unmodifiableSortedMap(new TreeMap<>(permits));
    }

    public static PermitBook empty(EnterpriseId enterprise) {
        return new PermitBook(enterprise, null, 0, Map.of());
    }

    public PermitBook apply(PermitIntegrationEvent event) {
        PermitRecord current = permits.get(event.permitId().value());
        PermitRecord next = next(current, event);
        if (next == current) {
            return this;
        }
        SortedMap<String, PermitRecord> updated = new TreeMap<>(permits);
        updated.put(event.permitId().value(), next);
        long sequence = next.termsSequence() > termsSequence ? next.termsSequence() : termsSequence;
        return new PermitBook(enterprise, event.region(), sequence, updated);
    }

    private PermitRecord next(PermitRecord current, PermitIntegrationEvent event) {
        if (event instanceof PermitIssued issued) {
            if (current != null) {
                return current;
            }
            return new PermitRecord(issued.permitId(), issued.permitNumber(), issued.managementClass(), PermitStatus.ISSUED,
                    issued.validity().from(), issued.validity().until(), List.of(new IssuedPeriod(issued.at(), null)),
                    issued.version(), termsSequence + 1, issued.terms(),
                    List.of(new TotalsVersion(Integer.MIN_VALUE, issued.terms().annualTotals())));
        }
        if (current == null) {
            return null;
        }
        if (event instanceof PermitAmended amended) {
            return amended.version() <= current.version()
                    ? current
                    : current.amended(amended.version(), termsSequence + 1, amended.terms(), ChinaTime.yearOf(amended.at()));
        }
        if (event instanceof PermitRenewed renewed) {
            return current.status() == PermitStatus.ISSUED
                    ? current.renewedUntil(renewed.validity().from(), renewed.validity().until())
                    : current;
        }
        if (event instanceof PermitSuspended) {
            return current.status() == PermitStatus.ISSUED ? current.withStatus(PermitStatus.SUSPENDED, event.at()) : current;
        }
        if (event instanceof PermitReinstated) {
            return current.status() == PermitStatus.SUSPENDED ? current.withStatus(PermitStatus.ISSUED, event.at()) : current;
        }
        PermitStatus ending = event instanceof PermitRevoked ? PermitStatus.REVOKED
                : event instanceof PermitCancelled ? PermitStatus.CANCELLED
                : event instanceof PermitExpired ? PermitStatus.EXPIRED
                : null;
        if (ending != null && current.status().isInForce()) {
            return current.withStatus(ending, event.at());
        }
        return current;
    }

    /**
     * The region an annual-total flag of the enterprise is filed under: its permits' region, or,
     * before any permit is known, the division it registered in (characters 3 to 8 of its credit
     * code). An enterprise may hold rights, and so have an allowance to exceed, without a permit;
     * its flag must still reach the inspectors of its jurisdiction.
     */
    public RegionCode flagRegion() {
        if (region != null) {
            return region;
        }
        try {
            return RegionCode.of(enterprise.registeringDivision());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean allowsDischargeAt(OutletCode outlet, Instant instant) {
        return permits.values().stream().anyMatch(p -> p.allowsDischargeAt(outlet, instant));
    }

    public Optional<ConcentrationLimit> limitFor(OutletCode outlet, Pollutant pollutant) {
        return permits.values().stream()
                .filter(p -> p.limitFor(outlet, pollutant).isPresent())
                .max(Comparator.comparingLong(PermitRecord::termsSequence))
                .flatMap(p -> p.limitFor(outlet, pollutant));
    }

    /** The allowance in grams, or empty where no granting permit states a total for the pollutant. */
    public Optional<Long> allowance(int year, Pollutant pollutant) {
        return Optional.ofNullable(allowances().get(new YearPollutant(year, pollutant)));
    }

    /** Every allowance the permits grant, by year and pollutant. */
    public SortedMap<YearPollutant, Long> allowances() {
        SortedMap<YearPollutant, Long> allowances = new TreeMap<>();
        for (PermitRecord permit : permits.values()) {
            for (int year : permit.grantedYears()) {
                for (AnnualTotal total : permit.totalsFor(year)) {
                    allowances.merge(new YearPollutant(year, total.pollutant()), total.perYear().grams(), Math::addExact);
                }
            }
        }
        return allowances;
    }
}
