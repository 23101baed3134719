package org.ecoledger.permit;

import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalSigningKey;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.ApiClient.Response;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.PermitFixture.MIANYANG_PAPER;
import static org.ecoledger.permit.support.Requests.*;

/** Object-level authorization: every denial proven through the HTTP API, not only the happy path. */
class PermitAuthorizationIT {

    private static RunningService service;
    private static ApiClient api;
    private static String chengduPermit;

    @BeforeAll
    static void start() {
        service = RunningPermitService.start("permit_authorization");
        api = service.api();
        api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
        api.post("/api/enterprises", MIANYANG_PAPER_TOKEN, registration(MIANYANG_PAPER.value(), "Mianyang Paper", "510700"));
        chengduPermit = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, keyPermitApplication())
                .text("permitId");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/permits/" + chengduPermit, CHENGDU_POWER_TOKEN).status() == 200);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyEndpointButDisclosureNeedsAToken() {
        assertProblem(api.get("/api/permits/" + chengduPermit, null), 401);
        assertProblem(api.get("/api/register/permits", null), 401);
        assertProblem(api.post("/api/enterprises", null, registration(CHENGDU_POWER.value(), "x", "510104")), 401);
        assertThat(api.get("/api/public/permits", null).status()).isEqualTo(200);
    }

    @Test
    void thePublicCannotWriteThroughTheDisclosureEndpoints() {
        assertProblem(api.post("/api/public/permits", null, Map.of()), 401);
        assertProblem(api.post("/api/public/permits", CHENGDU_POWER_TOKEN, Map.of()), 403);
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherKeyOrExpiredIsRejected() {
        LocalUser chengduPower = LocalUser.enterprise("chengdu-power", CHENGDU_POWER.value());
        String foreignAudience = new LocalTokenIssuer(LocalSigningKey.generate(), LocalTokenIssuer.DEFAULT_ISSUER, "another-service",
                Clock.systemUTC()).mint(chengduPower, Duration.ofHours(1));
        String foreignKey = LocalTokenIssuer.withDefaults(LocalSigningKey.generate()).mint(chengduPower, Duration.ofHours(1));
        String expired = new LocalTokenIssuer(LocalSigningKey.generate(), LocalTokenIssuer.DEFAULT_ISSUER, LocalTokenIssuer.DEFAULT_AUDIENCE,
                Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC)).mint(chengduPower, Duration.ofHours(1));
        for (String token : new String[]{foreignAudience, foreignKey, expired, "not-a-jwt"}) {
            assertProblem(api.get("/api/permits/" + chengduPermit, token), 401);
        }
    }

    @Test
    void anEnterpriseCannotReadAnotherEnterprisesPermitsOrRegistration() {
        assertProblem(api.get("/api/permits/" + chengduPermit, MIANYANG_PAPER_TOKEN), 403);
        assertProblem(api.get("/api/enterprises/" + CHENGDU_POWER + "/permits", MIANYANG_PAPER_TOKEN), 403);
        assertProblem(api.get("/api/enterprises/" + CHENGDU_POWER, MIANYANG_PAPER_TOKEN), 403);
        assertThat(api.get("/api/permits/" + chengduPermit, CHENGDU_POWER_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void anEnterpriseCannotApplyForOrActOnAnotherEnterprise() {
        assertProblem(api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", MIANYANG_PAPER_TOKEN, keyPermitApplication()), 403);
        assertProblem(api.post("/api/permits/" + chengduPermit + "/cancellation", MIANYANG_PAPER_TOKEN, reason("sabotage")), 403);
        assertProblem(api.post("/api/enterprises", MIANYANG_PAPER_TOKEN, registration("91510104MA6CG0LK2N", "impostor", "510104")), 403);
    }

    @Test
    void anEnterpriseCannotReviewOrIssueItsOwnApplication() {
        assertProblem(api.post("/api/permits/" + chengduPermit + "/completeness-confirmation", CHENGDU_POWER_TOKEN, Map.of()), 403);
        assertProblem(api.post("/api/permits/" + chengduPermit + "/issuance", CHENGDU_POWER_TOKEN, opinion("self-approved")), 403);
        assertProblem(api.get("/api/register/permits", CHENGDU_POWER_TOKEN), 403);
    }

    @Test
    void aReviewerActsOnlyOnApplicationsInTheirRegion() {
        assertProblem(api.post("/api/permits/" + chengduPermit + "/completeness-confirmation", MIANYANG_REVIEWER_TOKEN, Map.of()), 403);
        assertProblem(api.get("/api/permits/" + chengduPermit, MIANYANG_REVIEWER_TOKEN), 403);
        assertProblem(api.get("/api/register/permits?region=510100", MIANYANG_REVIEWER_TOKEN), 403);
        assertThat(api.get("/api/register/permits", MIANYANG_REVIEWER_TOKEN).body().path("items").findValuesAsText("permitId"))
                .doesNotContain(chengduPermit);
    }

    @Test
    void anInspectorReadsTheirJurisdictionButCannotDecide() {
        String inspector = RunningService.tokenFor(LocalUser.inspector("inspector-chengdu", "510100"));
        assertThat(api.get("/api/permits/" + chengduPermit, inspector).status()).isEqualTo(200);
        assertProblem(api.post("/api/permits/" + chengduPermit + "/rejection", inspector, Map.of("reasons", List.of("no"))), 403);
    }
}
