package org.ecoledger.permit;

import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.ADMIN_TOKEN;
import static org.ecoledger.permit.support.Requests.CHENGDU_POWER_TOKEN;
import static org.ecoledger.permit.support.Requests.CHENGDU_REVIEWER_TOKEN;
import static org.ecoledger.permit.support.Requests.MIANYANG_PAPER_TOKEN;
import static org.ecoledger.permit.support.Requests.MIANYANG_REVIEWER_TOKEN;
import static org.ecoledger.permit.support.Requests.keyPermitApplication;
import static org.ecoledger.permit.support.Requests.opinion;
import static org.ecoledger.permit.support.Requests.registration;

/**
 * Every operation of the permit API, swept from its OpenAPI description: malformed requests are
 * answered with a 4xx problem detail (never a 5xx, never another body), an enterprise or a reviewer
 * of another region is given nothing of Chengdu Power's, and without a token only disclosure
 * answers, naming none of the responsible persons the registration and application gave.
 */
class MalformedRequestsIT {

    private static RunningService service;
    private static Map<String, String> pathValues;

    @BeforeAll
    static void start() {
        service = RunningPermitService.start("permit_malformed");
        var api = service.api();
        api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
        var application = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, keyPermitApplication());
        String permitId = application.text("permitId");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/permits/" + permitId, ADMIN_TOKEN).status() == 200);
        // issued, so that disclosure has the enterprise and its permit to show
        api.post("/api/permits/" + permitId + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of());
        api.post("/api/permits/" + permitId + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011."));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/public/enterprises/" + CHENGDU_POWER, null).status() == 200);
        // the permit's ID is also given where a violation case's is asked for: an identity of another kind of aggregate
        pathValues = Map.of("enterpriseId", CHENGDU_POWER.value(), "permitId", permitId, "permitNumber", application.text("permitNumber"),
                "caseId", permitId, "region", "510104", "pollutant", "SO2", "year", "2026", "processingGroup", "enforcement-register");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError() {
        ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), "Bearer " + ADMIN_TOKEN, pathValues);

        assertThat(result.requests()).isGreaterThan(1_000);
        assertThat(result.findings()).isEmpty();
    }

    /** Applications, corrections, statements and reports are the enterprise's own acts. */
    @Test
    void everyMalformedRequestOfAnEnterpriseForItselfIsAnsweredWithAProblemDetailAndNeverAServerError() {
        ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), "Bearer " + CHENGDU_POWER_TOKEN, pathValues);

        assertThat(result.requests()).isGreaterThan(1_000);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anotherEnterpriseOrAReviewerOfAnotherRegionIsGivenNothingOfTheEnterprises() {
        for (String stranger : new String[] {MIANYANG_PAPER_TOKEN, MIANYANG_REVIEWER_TOKEN}) {
            ApiSweep.Result result = ApiSweep.asStranger(service.baseUrl(), "Bearer " + stranger, pathValues,
                    Set.of("enterpriseId", "permitId", "permitNumber"));

            assertThat(result.requests()).isGreaterThan(30);
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void withoutATokenOnlyDisclosureAnswersAndItNamesNoResponsiblePerson() {
        ApiSweep.Result result = ApiSweep.anonymously(service.baseUrl(), pathValues,
                Set.of("Li Ming", "+86 28 5555 0101", "Wang Fang", "+86 28 5555 0102"));

        assertThat(result.requests()).isGreaterThan(30);
        assertThat(result.findings()).isEmpty();
    }
}
