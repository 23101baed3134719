package org.ecoledger.permit;

import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.ADMIN_TOKEN;
import static org.ecoledger.permit.support.Requests.CHENGDU_POWER_TOKEN;
import static org.ecoledger.permit.support.Requests.keyPermitApplication;
import static org.ecoledger.permit.support.Requests.registration;

/**
 * Every operation of the permit API, sent what its OpenAPI description suggests with one thing
 * wrong at a time, answers with a 4xx problem detail or accepts it: never a 5xx, never another body.
 */
class MalformedRequestsIT {

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError() {
        try (RunningService service = RunningPermitService.start("permit_malformed")) {
            var api = service.api();
            api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
            var application = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN,
                    keyPermitApplication());
            String permitId = application.text("permitId");
            String permitNumber = application.text("permitNumber");
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/permits/" + permitId, ADMIN_TOKEN).status() == 200);

            // a permit's ID where a violation case's is asked for: an identity of another kind of aggregate
            ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), "Bearer " + ADMIN_TOKEN, Map.of(
                    "enterpriseId", CHENGDU_POWER.value(), "permitId", permitId, "permitNumber", permitNumber, "caseId", permitId,
                    "region", "510104", "processingGroup", "enforcement-register"));

            assertThat(result.requests()).isGreaterThan(1_000);
            assertThat(result.findings()).isEmpty();
        }
    }
}
