package org.ecoledger.permit;

import org.ecoledger.local.RunningService;
import org.ecoledger.local.ApiClient;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.PermitTopicReader.Published;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.*;

/** Stopping the service and starting it on the same database loses nothing and publishes nothing twice. */
class PermitRestartIT {

    @Test
    void stateProjectionsAndPublicationSurviveARestartWithoutDuplicates() {
        try (var service = RunningPermitService.start("permit_restart");
             var topic = new PermitTopicReader(RunningService.INFRASTRUCTURE.kafkaBootstrapServers())) {
            ApiClient api = service.api();
            api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
            String permitId = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN,
                    keyPermitApplication()).text("permitId");
            api.post("/api/permits/" + permitId + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of());
            api.post("/api/permits/" + permitId + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("issued before the restart"));
            api.post("/api/permits/" + permitId + "/suspension", CHENGDU_REVIEWER_TOKEN, reason("exceedance under investigation"));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.distinctOf(permitId).size() == 2);

            service.stop();
            service.start();
            api = service.api();

            var details = api.get("/api/permits/" + permitId, CHENGDU_POWER_TOKEN);
            assertThat(details.status()).isEqualTo(200);
            assertThat(details.body().at("/summary/status").asText()).isEqualTo("SUSPENDED");
            assertThat(details.body().path("history").findValuesAsText("transition"))
                    .containsExactly("APPLY", "CONFIRM_COMPLETE", "ISSUE", "SUSPEND");

            assertThat(api.post("/api/permits/" + permitId + "/reinstatement", CHENGDU_REVIEWER_TOKEN, reason("rectified")).status())
                    .isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.distinctOf(permitId))
                    .extracting(Published::type)
                    .containsExactly("permit-issued", "permit-suspended", "permit-reinstated"));

            // Nothing before the restart went out a second time, not even under a new event ID.
            List<Published> all = topic.poll().stream().filter(p -> p.payload().path("permitId").asText().equals(permitId)).toList();
            assertThat(all).hasSize(3);
        }
    }
}
