package org.ecoledger.permit;

import org.ecoledger.local.RunningService;
import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.ApiClient.Response;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.*;

/** The permit flow over HTTP on real PostgreSQL and Kafka: apply, review, issue, then read it everywhere it shows. */
class PermitLifecycleIT {

    private static RunningService service;
    private static ApiClient api;
    private static PermitTopicReader topic;

    @BeforeAll
    static void start() {
        service = RunningPermitService.start("permit_lifecycle");
        api = service.api();
        topic = new PermitTopicReader(RunningService.INFRASTRUCTURE.kafkaBootstrapServers());
        assertThat(api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104")).status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        topic.close();
        service.close();
    }

    private static String apply() {
        Response opened = api.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, keyPermitApplication());
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("permitNumber")).startsWith(CHENGDU_POWER.value()).endsWith("P");
        return opened.text("permitId");
    }

    @Test
    void anIssuedPermitShowsInTheRegisterThePublicSearchAndOnKafka() {
        String permitId = apply();
        assertThat(api.post("/api/permits/" + permitId + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of()).status()).isEqualTo(204);
        assertThat(api.post("/api/permits/" + permitId + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011.")).status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Response register = api.get("/api/register/permits?status=ISSUED&pollutant=SO2", CHENGDU_REVIEWER_TOKEN);
            assertThat(register.status()).isEqualTo(200);
            assertThat(register.body().path("items").findValuesAsText("permitId")).contains(permitId);
        });

        Response details = api.get("/api/permits/" + permitId, CHENGDU_POWER_TOKEN);
        assertThat(details.body().at("/summary/status").asText()).isEqualTo("ISSUED");
        assertThat(details.body().at("/summary/validUntil").asText()).isEqualTo("2031-11-30");
        assertThat(details.body().path("history").findValuesAsText("transition")).containsExactly("APPLY", "CONFIRM_COMPLETE", "ISSUE");
        assertThat(details.body().path("history").findValuesAsText("actorSubject"))
                .containsExactly("chengdu-power", "reviewer-chengdu", "reviewer-chengdu");

        String number = details.body().at("/summary/permitNumber").asText();
        Response disclosed = api.get("/api/public/permits?region=510100&pollutant=w01018", null);
        assertThat(disclosed.status()).isEqualTo(200);
        Response publicSearch = api.get("/api/public/permits?name=chengdu&pollutant=SO2", null);
        assertThat(publicSearch.body().path("items").findValuesAsText("permitNumber")).contains(number);
        JsonNode publicPermit = api.get("/api/public/permits/" + number, null).body();
        assertThat(publicPermit.at("/terms/annualTotals/0/perYear").asLong()).isEqualTo(120_500_000L);
        assertThat(publicPermit.toString()).doesNotContain("Wang Fang", "Li Ming", "reviewer-chengdu", "chengdu-power", "5555");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<PermitTopicReader.Published> published = topic.distinctOf(permitId);
            assertThat(published).extracting(PermitTopicReader.Published::type).containsExactly("permit-issued");
            PermitTopicReader.Published issued = published.get(0);
            assertThat(issued.key()).isEqualTo(CHENGDU_POWER.value());
            assertThat(issued.payload().at("/terms/annualTotals").findValuesAsText("pollutant")).containsExactly("SO2", "NOX");
            assertThat(issued.payload().at("/terms/outlets/0/limits/0/limit/value").decimalValue()).isEqualByComparingTo("35");
            assertThat(issued.payload().at("/validity/until").asText()).isEqualTo("2031-11-30");
        });
    }

    @Test
    void aRefusedTransitionIsAConflictWithItsReasonAndIsKeptInTheAuditTrail() {
        String permitId = apply();
        Response refused = api.post("/api/permits/" + permitId + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("skip the check"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("reason")).isEqualTo("NOT_ALLOWED_IN_CURRENT_STATUS");
        assertThat(refused.text("detail")).isEqualTo("the permit is SUBMITTED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode history = api.get("/api/permits/" + permitId, CHENGDU_REVIEWER_TOKEN).body().path("history");
            assertThat(history.findValuesAsText("transition")).containsExactly("APPLY", "ISSUE");
            assertThat(history.get(1).path("refused").asBoolean()).isTrue();
        });
    }

    @Test
    void malformedInputIsABadRequestProblemNeverAServerError() {
        String path = "/api/enterprises/" + CHENGDU_POWER + "/permit-applications";
        Map<String, Object> withUnknownPollutant = new java.util.HashMap<>(keyPermitApplication());
        withUnknownPollutant.put("terms", Map.of("outlets", List.of(Map.of("code", "DA001", "dischargeDestination", "atmosphere",
                "limits", List.of(Map.of("pollutant", "unobtainium", "limit", "1", "emissionStandard", "none"))))));
        Map<String, Object> withWaterPollutantAtAirOutlet = new java.util.HashMap<>(keyPermitApplication());
        withWaterPollutantAtAirOutlet.put("terms", Map.of("outlets", List.of(Map.of("code", "DA001", "dischargeDestination", "atmosphere",
                "limits", List.of(Map.of("pollutant", "COD", "limit", "50", "emissionStandard", "GB 8978-1996"))))));

        for (Object body : List.of("{not json", Map.of(), withUnknownPollutant, withWaterPollutantAtAirOutlet)) {
            Response response = api.post(path, CHENGDU_POWER_TOKEN, body);
            assertThat(response.status()).as("status for %s", body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration("91510104MA6CG0LK2X", "bad check", "510104")).status())
                .isEqualTo(400);
        assertThat(api.get("/api/permits/not-a-uuid", CHENGDU_POWER_TOKEN).status()).isEqualTo(400);
    }

    @Test
    void unknownThingsAreNotFound() {
        assertThat(api.get("/api/permits/6f1c2d3e-0000-4000-8000-00000000ffff", CHENGDU_REVIEWER_TOKEN).status()).isEqualTo(404);
        assertThat(api.post("/api/permits/6f1c2d3e-0000-4000-8000-00000000ffff/suspension", CHENGDU_REVIEWER_TOKEN, reason("x")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/public/permits/91510104MA6CG0LK2N999P", null).status()).isEqualTo(404);
    }

    @Test
    void registeringAnEnterpriseTwiceIsAConflict() {
        Response again = api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theServiceDescribesItsApiAndReportsHealthAndMetrics() {
        assertThat(api.get("/v3/api-docs", null).body().path("paths").has("/api/permits/{permitId}/issuance")).isTrue();
        assertThat(api.get("/actuator/health/readiness", null).text("status")).isEqualTo("UP");
        Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body().asText()).contains("ecoledger_permit_applications_total");
    }
}
