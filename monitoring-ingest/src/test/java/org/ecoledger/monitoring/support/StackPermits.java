package org.ecoledger.monitoring.support;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.ConcentrationUnit;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A coal plant's permit with many stacks (DA001, DA002…), each under the ultra-low SO2 and NOx
 * limits, for tests that give every simulated device an outlet of its own: the accounting counts
 * one reading per outlet and hour.
 */
public final class StackPermits {

    private StackPermits() {
    }

    public static String stack(int number) {
        return String.format(Locale.ROOT, "DA%03d", number);
    }

    /** Issued on 2026-01-01, valid to the end of 2030, with the given annual totals in tonnes. */
    public static PermitIssued withStacks(EnterpriseId enterprise, RegionCode region, int stacks, String so2Tonnes, String noxTonnes) {
        var limits = List.of(
                new ConcentrationLimit(Pollutant.SO2, Concentration.of("35", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"),
                new ConcentrationLimit(Pollutant.NOX, Concentration.of("50", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"));
        var terms = new PermitTerms(
                IntStream.rangeClosed(1, stacks).mapToObj(s -> new OutletPermit(OutletCode.of(stack(s)), "atmosphere", limits)).toList(),
                List.of(new AnnualTotal(Pollutant.SO2, Mass.ofTonnes(so2Tonnes)), new AnnualTotal(Pollutant.NOX, Mass.ofTonnes(noxTonnes))));
        return new PermitIssued(PermitId.of(UUID.randomUUID()), PermitNumber.of(enterprise, 1, ManagementClass.KEY), enterprise, region,
                ManagementClass.KEY, new Validity(LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31")), 1, terms, "issued",
                Actor.reviewer("reviewer-sichuan", RegionCode.of("510000")), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
