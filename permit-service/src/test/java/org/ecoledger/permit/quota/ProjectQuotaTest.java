package org.ecoledger.permit.quota;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.permit.support.PermitFixture.FIVE_YEARS;
import static org.ecoledger.permit.support.PermitFixture.coalPlantTerms;

class ProjectQuotaTest {

    /** 17:00 UTC on 31 December is already New Year's Day in China. */
    private static final Instant NEW_YEAR_IN_CHINA = Instant.parse("2026-12-31T17:00:00Z");

    @Test
    void aNewPermitNeedsEveryTotalOfTheYearItsValidityStarts() {
        var validity = new Validity(LocalDate.parse("2027-03-01"), LocalDate.parse("2032-02-28"));
        assertThat(ProjectQuota.forNewPermit(coalPlantTerms(), validity, Instant.parse("2026-11-21T02:00:00Z"))).containsExactly(
                new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofTonnes("120.5")),
                new QuotaRequirement(Pollutant.NOX, 2027, Mass.ofTonnes("180")));
    }

    @Test
    void aPermitIssuedAfterItsValidityStartedCountsFromTheYearOfIssueInChineseTime() {
        assertThat(ProjectQuota.forNewPermit(coalPlantTerms(), FIVE_YEARS, NEW_YEAR_IN_CHINA))
                .extracting(QuotaRequirement::vintage).containsOnly(2027);
    }

    @Test
    void anAmendmentNeedsOnlyEachTotalsIncreaseAndANewPollutantCountsFromZero() {
        var amended = new PermitTerms(coalPlantTerms().outlets(), List.of(
                new AnnualTotal(Pollutant.SO2, Mass.ofTonnes("130")),
                new AnnualTotal(Pollutant.NOX, Mass.ofTonnes("150")),
                new AnnualTotal(Pollutant.PARTICULATE, Mass.ofTonnes("12.25"))));
        assertThat(ProjectQuota.forAmendment(coalPlantTerms(), amended, NEW_YEAR_IN_CHINA)).containsExactly(
                new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofTonnes("9.5")),
                new QuotaRequirement(Pollutant.PARTICULATE, 2027, Mass.ofTonnes("12.25")));
    }

    @Test
    void anAmendmentThatRaisesNothingNeedsNothing() {
        assertThat(ProjectQuota.forAmendment(coalPlantTerms(), coalPlantTerms("100"), NEW_YEAR_IN_CHINA)).isEmpty();
    }

    @Test
    void requirementsReadAsTonnesOfTheirVintage() {
        assertThat(ProjectQuota.describe(List.of(new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofTonnes("120.5")),
                new QuotaRequirement(Pollutant.NOX, 2027, Mass.ofTonnes("180"))))).isEqualTo("SO2 120.5 t of 2027; NOX 180 t of 2027");
    }
}
