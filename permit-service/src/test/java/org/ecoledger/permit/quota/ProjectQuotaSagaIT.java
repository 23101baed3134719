package org.ecoledger.permit.quota;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.ApiClient.Response;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.RunningPermitService;
import org.ecoledger.trading.TradingServiceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.Requests.CHENGDU_POWER_TOKEN;
import static org.ecoledger.permit.support.Requests.CHENGDU_REVIEWER_TOKEN;
import static org.ecoledger.permit.support.Requests.keyPermitApplication;
import static org.ecoledger.permit.support.Requests.opinion;
import static org.ecoledger.permit.support.Requests.registration;

/**
 * The saga for a new project, with permit-service and trading-service both running on real
 * PostgreSQL and Kafka and talking only through Kafka: an enterprise without rights is not
 * issued its permit and the reviewer sees the shortfall; once the bureau has allocated the rights
 * and the reviewer retries, they are retired and the permit is issued.
 */
class ProjectQuotaSagaIT {

    private static final String SICHUAN_REVIEWER_TOKEN = RunningService.tokenFor(LocalUser.reviewer("reviewer-sichuan", "510000"));
    private static final Duration ANSWER = Duration.ofSeconds(60);

    private static RunningService trading;
    private static RunningService permits;
    private static ApiClient permitApi;
    private static ApiClient tradingApi;
    private static PermitTopicReader permitEvents;

    @BeforeAll
    static void start() {
        startTrading();
        permits = RunningPermitService.start("permit_quota_saga", Clock.systemUTC(),
                Map.of("ecoledger.permit.quota-answers-group", "permit-quota-saga-it"));
        permitApi = permits.api();
        permitEvents = new PermitTopicReader(RunningService.INFRASTRUCTURE.kafkaBootstrapServers());
        assertThat(permitApi.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104"))
                .status()).isEqualTo(201);
    }

    /** Consumer groups of this test's own, so that no other test's service on the broker takes its records. */
    private static void startTrading() {
        trading = RunningService.start(TradingServiceApplication.class, TradingServiceApplication.CONFIG_NAME, "trading_quota_saga",
                Clock.systemUTC(), Map.of("ecoledger.trading.kafka.consumer-group", "trading-quota-saga-it"));
        tradingApi = trading.api();
    }

    @AfterAll
    static void stop() {
        permitEvents.close();
        permits.close();
        trading.close();
    }

    @Test
    void aNewProjectWithoutRightsWaitsWithItsShortfallAndIsIssuedOnceTheRetriedRightsAreRetired() {
        Map<String, Object> application = new HashMap<>(keyPermitApplication());
        application.put("newOrExpandedProject", true);
        Response opened = permitApi.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, application);
        assertThat(opened.status()).isEqualTo(201);
        String permit = opened.text("permitId");
        assertThat(permitApi.post("/api/permits/" + permit + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of()).status())
                .isEqualTo(204);

        Response issuance = permitApi.post("/api/permits/" + permit + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011."));
        assertThat(issuance.status()).isEqualTo(202);
        JsonNode requirements = issuance.body().path("requirements");
        assertThat(requirements.findValuesAsText("pollutant")).containsExactly("SO2", "NOX");
        assertThat(requirements.findValues("quantity")).extracting(JsonNode::asLong).containsExactly(120_500_000L, 180_000_000L);
        int vintage = requirements.path(0).path("vintage").asInt();

        // Trading-service answers that the enterprise holds nothing; the reviewer sees what is missing, the permit stays pending.
        await().atMost(ANSWER).untilAsserted(() -> assertThat(history(permit).findValuesAsText("transition")).contains("RECORD_QUOTA_SHORTFALL"));
        JsonNode details = permitApi.get("/api/permits/" + permit, CHENGDU_REVIEWER_TOKEN).body();
        assertThat(details.at("/summary/status").asText()).isEqualTo("PENDING_QUOTA");
        assertThat(details.path("history").findValuesAsText("transition"))
                .containsExactly("APPLY", "CONFIRM_COMPLETE", "ISSUE", "REQUEST_QUOTA", "RECORD_QUOTA_SHORTFALL");
        assertThat(entry(details, "RECORD_QUOTA_SHORTFALL").path("reason").asText())
                .isEqualTo("short in trading area sichuan of SO2 120.5 t of " + vintage + "; NOX 180 t of " + vintage);
        assertThat(permitEvents.distinctOf(permit)).extracting(PermitTopicReader.Published::type).containsExactly("permit-quota-requested");

        // The bureau allocates the rights (more SO2 than needed), then the reviewer asks again.
        allocate("SO2/510104/" + vintage, 150_000);
        allocate("NOX/510104/" + vintage, 180_000);
        Response retry = permitApi.post("/api/permits/" + permit + "/quota-request", CHENGDU_REVIEWER_TOKEN, Map.of());
        assertThat(retry.status()).isEqualTo(202);

        await().atMost(ANSWER).untilAsserted(() -> assertThat(permitApi.get("/api/permits/" + permit, CHENGDU_REVIEWER_TOKEN).body()
                .at("/summary/status").asText()).isEqualTo("ISSUED"));
        JsonNode issued = permitApi.get("/api/permits/" + permit, CHENGDU_REVIEWER_TOKEN).body();
        assertThat(issued.path("history").findValuesAsText("transition")).containsExactly("APPLY", "CONFIRM_COMPLETE", "ISSUE",
                "REQUEST_QUOTA", "RECORD_QUOTA_SHORTFALL", "REQUEST_QUOTA", "RECORD_QUOTA_RETIREMENT", "ISSUE");
        assertThat(issued.path("history").findValuesAsText("actorSubject")).endsWith("permit-quota-saga", "reviewer-chengdu");
        assertThat(issued.at("/summary/version").asInt()).isEqualTo(1);

        // What was retired left the account for good: 29.5 t of SO2 remain, no NOX.
        await().atMost(ANSWER).untilAsserted(() -> {
            Map<String, Long> available = availableGrams(CHENGDU_POWER, CHENGDU_POWER_TOKEN);
            assertThat(available).containsEntry("SO2/510104/" + vintage, 29_500_000L);
            assertThat(available.getOrDefault("NOX/510104/" + vintage, 0L)).isZero();
        });
        // Monitoring learns of the permit as of every other: from permit-issued on Kafka.
        await().atMost(ANSWER).untilAsserted(() -> assertThat(permitEvents.distinctOf(permit))
                .extracting(PermitTopicReader.Published::type).containsExactly("permit-quota-requested", "permit-quota-requested", "permit-issued"));
    }

    /**
     * The request is on Kafka while trading-service is away; the reviewer rejects the application
     * meanwhile. Trading-service, back, retires the rights it finds requested; the permit records
     * that and releases them, since nothing can be issued any more, and they return to the account.
     */
    @Test
    void rightsRetiredForAnApplicationRejectedWhileTheyWereBeingRetiredGoBackToTheEnterprise() {
        String first17 = "91510104MA6CG8T01";
        EnterpriseId steelWorks = EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17));
        String steelToken = RunningService.tokenFor(LocalUser.enterprise("chengdu-steel", steelWorks.value()));
        assertThat(permitApi.post("/api/enterprises", steelToken, registration(steelWorks.value(), "Chengdu Steel", "510104")).status())
                .isEqualTo(201);
        // Valid from next New Year, so the rights asked for are of next year's vintage whenever the test runs.
        LocalDate validFrom = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).withDayOfYear(1);
        Map<String, Object> application = new HashMap<>(keyPermitApplication(validFrom, validFrom.plusYears(5).minusDays(1)));
        application.put("newOrExpandedProject", true);
        String permit = permitApi.post("/api/enterprises/" + steelWorks + "/permit-applications", steelToken, application).text("permitId");
        assertThat(permitApi.post("/api/permits/" + permit + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of()).status())
                .isEqualTo(204);
        int vintage = validFrom.getYear();
        allocate(steelWorks, "SO2/510104/" + vintage, 120_500);
        allocate(steelWorks, "NOX/510104/" + vintage, 180_000);

        trading.close();
        try {
            Response issuance = permitApi.post("/api/permits/" + permit + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011."));
            assertThat(issuance.status()).isEqualTo(202);
            assertThat(permitApi.post("/api/permits/" + permit + "/rejection", CHENGDU_REVIEWER_TOKEN,
                    Map.of("reasons", List.of("the site's environmental impact approval was withdrawn"))).status()).isEqualTo(204);
        } finally {
            startTrading();
        }

        await().atMost(ANSWER).untilAsserted(() -> assertThat(permitEvents.distinctOf(permit)).extracting(PermitTopicReader.Published::type)
                .containsExactly("permit-quota-requested", "permit-quota-released"));
        JsonNode details = permitApi.get("/api/permits/" + permit, CHENGDU_REVIEWER_TOKEN).body();
        assertThat(details.at("/summary/status").asText()).isEqualTo("REJECTED");
        assertThat(details.path("history").findValuesAsText("transition")).containsExactly("APPLY", "CONFIRM_COMPLETE", "ISSUE",
                "REQUEST_QUOTA", "REJECT", "RECORD_QUOTA_RETIREMENT", "RECORD_QUOTA_RETIREMENT");
        await().atMost(ANSWER).untilAsserted(() -> {
            Map<String, Long> available = availableGrams(steelWorks, steelToken);
            assertThat(available).containsEntry("SO2/510104/" + vintage, 120_500_000L).containsEntry("NOX/510104/" + vintage, 180_000_000L);
        });
    }

    @Test
    void aPermitThatIsNoProjectIsIssuedAtOnceWithoutAskingForRights() {
        Response opened = permitApi.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, keyPermitApplication());
        String permit = opened.text("permitId");
        permitApi.post("/api/permits/" + permit + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of());
        assertThat(permitApi.post("/api/permits/" + permit + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011.")).status())
                .isEqualTo(204);
        await().atMost(ANSWER).untilAsserted(() -> assertThat(permitEvents.distinctOf(permit))
                .extracting(PermitTopicReader.Published::type).containsExactly("permit-issued"));
    }

    @Test
    void aRetryWithNothingWaitingIsAConflict() {
        Response opened = permitApi.post("/api/enterprises/" + CHENGDU_POWER + "/permit-applications", CHENGDU_POWER_TOKEN, keyPermitApplication());
        Response retry = permitApi.post("/api/permits/" + opened.text("permitId") + "/quota-request", CHENGDU_REVIEWER_TOKEN, Map.of());
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.text("reason")).isEqualTo("NOT_ALLOWED_IN_CURRENT_STATUS");
    }

    private static void allocate(String quotaClass, long kilograms) {
        allocate(CHENGDU_POWER, quotaClass, kilograms);
    }

    private static void allocate(EnterpriseId enterprise, String quotaClass, long kilograms) {
        Map<String, Object> allocation = Map.of("allocationId", UUID.randomUUID().toString(), "enterprise", enterprise.value(),
                "quotaClass", quotaClass, "quantityKilograms", kilograms, "feePerTonneFen", 0);
        assertThat(tradingApi.post("/api/trading/allocations", SICHUAN_REVIEWER_TOKEN, allocation).status()).isEqualTo(204);
    }

    /** The enterprise's available rights by quota class, as its trading account shows them. */
    private static Map<String, Long> availableGrams(EnterpriseId enterprise, String token) {
        Map<String, Long> available = new HashMap<>();
        tradingApi.get("/api/trading/accounts/" + enterprise, token).body().path("holdings")
                .forEach(h -> available.put(h.path("quotaClass").asText(), h.path("availableGrams").asLong()));
        return available;
    }

    private static JsonNode history(String permit) {
        return permitApi.get("/api/permits/" + permit, CHENGDU_REVIEWER_TOKEN).body().path("history");
    }

    private static JsonNode entry(JsonNode details, String transition) {
        List<JsonNode> entries = details.path("history").findParents("transition").stream()
                .filter(e -> e.path("transition").asText().equals(transition)).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
