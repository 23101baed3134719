package org.ecoledger.permit;

import org.ecoledger.local.RunningService;
import org.ecoledger.permit.expiry.PermitExpiryScheduler;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.MutableClock;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.PermitTopicReader.Published;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.*;

/** Expiry is a deadline kept in the database: it survives a restart and fires on a controlled clock. */
class PermitExpiryIT {

    @Test
    void aPermitExpiresAtTheEndOfItsValidityEvenAcrossARestart() {
        var clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
        try (var service = RunningPermitService.start("permit_expiry", clock, Map.of());
             var topic = new PermitTopicReader(RunningService.INFRASTRUCTURE.kafkaBootstrapServers())) {
            ApiClient api = service.api();
            api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
            String permitId = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN,
                    keyPermitApplication(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-12-31"))).text("permitId");
            api.post("/api/permits/" + permitId + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of());
            api.post("/api/permits/" + permitId + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("a short term"));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    api.get("/api/permits/" + permitId, CHENGDU_POWER_TOKEN).body().at("/summary/status").asText().equals("ISSUED"));

            clock.set(Instant.parse("2026-12-31T15:59:59Z"));
            assertThat(service.bean(PermitExpiryScheduler.class).sweep()).as("still valid on its last day").isZero();

            service.stop();
            clock.set(Instant.parse("2026-12-31T16:00:00Z"));
            service.start();

            assertThat(service.bean(PermitExpiryScheduler.class).sweep()).isEqualTo(1);
            ApiClient restarted = service.api();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var details = restarted.get("/api/permits/" + permitId, CHENGDU_POWER_TOKEN).body();
                assertThat(details.at("/summary/status").asText()).isEqualTo("EXPIRED");
                assertThat(details.path("history").findValuesAsText("actorSubject")).contains("permit-expiry-scheduler");
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.distinctOf(permitId))
                    .extracting(Published::type).containsExactly("permit-issued", "permit-expired"));
            assertThat(service.bean(PermitExpiryScheduler.class).sweep()).as("nothing left to expire").isZero();
        }
    }
}
