package org.ecoledger.permit.enterprise;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.command.RegisterEnterprise;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitApplicationOpened;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.value.Actor;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.ecoledger.permit.support.PermitFixture.*;

class EnterpriseTest {

    private static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    private static final EnterpriseRegistered REGISTERED = new EnterpriseRegistered(CHENGDU_POWER, "Chengdu Power", "thermal power",
            JINJIANG_DISTRICT, "person-ref", CHENGDU_POWER_USER, NOW);

    private AggregateTestFixture<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enterprise.class);
    }

    private static ApplyForPermit application(PermitId permitId, ManagementClass managementClass, Actor by) {
        var terms = managementClass.carriesAnnualTotals() ? coalPlantTerms()
                : new PermitTerms(coalPlantTerms().outlets(), List.of());
        return new ApplyForPermit(CHENGDU_POWER, permitId, managementClass, terms, FIVE_YEARS, signedCommitment(), false, by, NOW);
    }

    @Test
    void anEnterpriseRegistersItself() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(CHENGDU_POWER, "Chengdu Power", "thermal power", JINJIANG_DISTRICT, "person-ref",
                        CHENGDU_POWER_USER, NOW))
                .expectEvents(REGISTERED);
    }

    @Test
    void anEnterpriseUserCannotRegisterAnotherEnterprise() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(CHENGDU_POWER, "Chengdu Power", "thermal power", JINJIANG_DISTRICT, "person-ref",
                        MIANYANG_PAPER_USER, NOW))
                .expectException(NotPermitted.class);
    }

    @Test
    void aReviewerRegistersOnlyEnterprisesOfTheirJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(CHENGDU_POWER, "Chengdu Power", "thermal power", JINJIANG_DISTRICT, "person-ref",
                        MIANYANG_REVIEWER, NOW))
                .expectException(NotPermitted.class);
    }

    @Test
    void permitsAreNumberedInSequenceWithTheirClassLetterAndOpenedInTheEnterprisesRegion() {
        PermitId second = PermitId.of("6f1c2d3e-0000-4000-8000-000000000002");
        PermitNumber secondNumber = PermitNumber.of("91510104MA6CG0LK2N002W");
        ApplyForPermit application = application(second, ManagementClass.REGISTRATION, CHENGDU_POWER_USER);
        fixture.given(REGISTERED, new PermitApplicationOpened(CHENGDU_POWER, PERMIT, NUMBER, CHENGDU_POWER_USER, NOW))
                .when(application)
                .expectResultMessagePayload(secondNumber)
                .expectEvents(new PermitApplicationOpened(CHENGDU_POWER, second, secondNumber, CHENGDU_POWER_USER, NOW),
                        new PermitApplied(second, secondNumber, CHENGDU_POWER, JINJIANG_DISTRICT, "thermal power",
                                ManagementClass.REGISTRATION, application.terms(), FIVE_YEARS, signedCommitment(), false, CHENGDU_POWER_USER, NOW));
    }

    @Test
    void aRegistrationApplicationWithAnnualTotalsIsMalformed() {
        fixture.given(REGISTERED)
                .when(new ApplyForPermit(CHENGDU_POWER, PERMIT, ManagementClass.REGISTRATION, coalPlantTerms(), FIVE_YEARS,
                        signedCommitment(), false, CHENGDU_POWER_USER, NOW))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aReviewerCannotApplyOnAnEnterprisesBehalf() {
        fixture.given(REGISTERED)
                .when(application(PERMIT, ManagementClass.KEY, CHENGDU_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anEnterpriseCannotApplyForAnotherEnterprise() {
        fixture.given(REGISTERED)
                .when(application(PERMIT, ManagementClass.KEY, MIANYANG_PAPER_USER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }
}
