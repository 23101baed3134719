package org.ecoledger.permit.support;

import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.ApplicationFoundComplete;
import org.ecoledger.common.permit.event.PermitApplied;
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

/** Permits and people in the states the rules talk about, named for what they are. */
public final class PermitFixture {

    public static final EnterpriseId CHENGDU_POWER = EnterpriseId.of("91510104MA6CG0LK2N");
    public static final EnterpriseId MIANYANG_PAPER = EnterpriseId.of("91510700MA62A1B2C5");
    public static final RegionCode JINJIANG_DISTRICT = RegionCode.of("510104");
    public static final RegionCode CHENGDU = RegionCode.of("510100");
    public static final RegionCode MIANYANG = RegionCode.of("510700");
    public static final PermitId PERMIT = PermitId.of("6f1c2d3e-0000-4000-8000-000000000001");
    public static final PermitNumber NUMBER = PermitNumber.of(CHENGDU_POWER, 1, ManagementClass.KEY);
    public static final Instant APPLIED_AT = Instant.parse("2026-11-20T02:00:00Z");
    public static final Validity FIVE_YEARS = new Validity(LocalDate.parse("2026-12-01"), LocalDate.parse("2031-11-30"));

    public static final Actor CHENGDU_POWER_USER = Actor.enterprise("chengdu-power", CHENGDU_POWER);
    public static final Actor MIANYANG_PAPER_USER = Actor.enterprise("mianyang-paper", MIANYANG_PAPER);
    public static final Actor CHENGDU_REVIEWER = Actor.reviewer("reviewer-chengdu", CHENGDU);
    public static final Actor MIANYANG_REVIEWER = Actor.reviewer("reviewer-mianyang", MIANYANG);
    public static final Actor CHENGDU_INSPECTOR = Actor.inspector("inspector-chengdu", CHENGDU);
    public static final Actor EXPIRY_SCHEDULER = Actor.system("permit-expiry-scheduler");

    private PermitFixture() {
    }

    public static PermitTerms coalPlantTerms(String so2Tonnes) {
        var limits = List.of(
                new ConcentrationLimit(Pollutant.SO2, Concentration.of("35", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"),
                new ConcentrationLimit(Pollutant.NOX, Concentration.of("50", ConcentrationUnit.MG_PER_M3), "GB 13223-2011"));
        return new PermitTerms(List.of(new OutletPermit(OutletCode.of("DA001"), "atmosphere", limits)),
                List.of(new AnnualTotal(Pollutant.SO2, Mass.ofTonnes(so2Tonnes)), new AnnualTotal(Pollutant.NOX, Mass.ofTonnes("180"))));
    }

    public static PermitTerms coalPlantTerms() {
        return coalPlantTerms("120.5");
    }

    public static ResponsibleCommitment signedCommitment() {
        return new ResponsibleCommitment("3b0f1e0a-0000-4000-8000-00000000000a", "a".repeat(64), APPLIED_AT.minusSeconds(3600));
    }

    public static PermitApplied submittedApplication() {
        return new PermitApplied(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "thermal power", ManagementClass.KEY,
                coalPlantTerms(), FIVE_YEARS, signedCommitment(), false, CHENGDU_POWER_USER, APPLIED_AT);
    }

    public static ApplicationFoundComplete foundComplete() {
        return new ApplicationFoundComplete(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, CHENGDU_REVIEWER, APPLIED_AT.plusSeconds(60));
    }

    public static PermitIssued issued() {
        return new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.KEY, FIVE_YEARS, 1, coalPlantTerms(),
                "meets GB 13223-2011", CHENGDU_REVIEWER, APPLIED_AT.plusSeconds(120));
    }

    /** The given events of a permit issued for {@link #FIVE_YEARS}. */
    public static Object[] activePermit() {
        return new Object[]{submittedApplication(), foundComplete(), issued()};
    }

    public static Instant daysBeforeExpiry(long days) {
        return FIVE_YEARS.expiresAt().minusSeconds(days * 24 * 3600);
    }
}
