package org.ecoledger.permit.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.permit.personaldata.ResponsiblePerson;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the permit API. They are shaped for people (tonnes per year, decimal
 * limits, HJ 212 factor codes or names) and turn into the published language's exact types.
 */
final class PermitRequests {

    private PermitRequests() {
    }

    record Limit(@Schema(example = "SO2") @NotBlank String pollutant, @Schema(example = "35") @NotNull BigDecimal limit,
                 @Schema(example = "GB 13223-2011") @NotBlank String emissionStandard) {
        ConcentrationLimit toLimit() {
            Pollutant p = Pollutant.of(pollutant);
            return new ConcentrationLimit(p, new Concentration(limit, p.medium().concentrationUnit()), emissionStandard);
        }
    }

    record Outlet(@Schema(example = "DA001") @NotBlank String code, @Schema(example = "atmosphere") @NotBlank String dischargeDestination,
                  List<@NotNull @Valid Limit> limits) {
        OutletPermit toOutlet() {
            return new OutletPermit(OutletCode.of(code), dischargeDestination,
                    limits == null ? List.of() : limits.stream().map(Limit::toLimit).toList());
        }
    }

    record Total(@Schema(example = "SO2") @NotBlank String pollutant, @Schema(example = "100") @NotNull BigDecimal tonnesPerYear) {
        AnnualTotal toAnnualTotal() {
            return new AnnualTotal(Pollutant.of(pollutant), Mass.ofTonnes(tonnesPerYear));
        }

        VoluntaryCommitment toCommitment() {
            return new VoluntaryCommitment(Pollutant.of(pollutant), Mass.ofTonnes(tonnesPerYear));
        }
    }

    record Terms(@NotEmpty List<@NotNull @Valid Outlet> outlets, List<@NotNull @Valid Total> annualTotals) {
        PermitTerms toTerms() {
            return new PermitTerms(outlets.stream().map(Outlet::toOutlet).toList(),
                    annualTotals == null ? List.of() : annualTotals.stream().map(Total::toAnnualTotal).toList());
        }
    }

    record Dates(@Schema(example = "2026-12-01") @NotNull LocalDate from, @Schema(example = "2031-11-30") @NotNull LocalDate until) {
        Validity toValidity() {
            return new Validity(from, until);
        }
    }

    record Commitment(@NotNull @Valid ResponsiblePerson responsiblePerson,
                      @Schema(example = "We commit that this application is truthful and complete.") @NotBlank String statement,
                      @Schema(example = "2026-11-20T10:00:00Z") @NotNull Instant signedAt) {
    }

    /** {@code newOrExpandedProject}: its totals must be covered by emission rights before it is issued; false when left out. */
    record Application(@NotNull ManagementClass managementClass, @NotNull @Valid Dates requestedValidity,
                       @NotNull @Valid Terms terms, @NotNull @Valid Commitment commitment,
                       @Schema(example = "false") boolean newOrExpandedProject) {
    }

    record Correction(@NotNull @Valid Dates requestedValidity, @NotNull @Valid Terms terms, @NotNull @Valid Commitment commitment) {
    }

    record Issuance(@Schema(example = "Complete; the limits and totals conform to GB 13223-2011.") @NotBlank String opinion,
                    @Valid Dates validity) {
    }

    /** {@code newOrExpandedProject}: any increase of a total must be covered by emission rights before it takes effect. */
    record Amendment(@NotNull @Valid Terms terms,
                     @Schema(example = "ultra-low emission retrofit of boiler 1 completed; SO2 limit tightened") @NotBlank String reason,
                     @Schema(example = "false") boolean newOrExpandedProject) {
    }

    record RenewalRequest(@NotNull @Valid Commitment commitment) {
    }

    record Opinion(@Schema(example = "Compliant over the term; renewal granted for a new five-year term.") @NotBlank String opinion) {
    }

    record Reason(@Schema(example = "as decided by the Chengdu ecology and environment bureau, case file 2026-017") @NotBlank String reason) {
    }

    record Reasons(@NotEmpty List<@NotBlank String> reasons) {
    }

    record MissingItems(@NotEmpty List<@NotBlank String> missingItems) {
    }

    record VoluntaryCommitments(@NotEmpty List<@NotNull @Valid Total> commitments) {
    }

    record Opened(String permitId, String permitNumber) {
    }
}
