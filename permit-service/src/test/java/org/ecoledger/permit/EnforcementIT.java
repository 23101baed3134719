package org.ecoledger.permit;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.monitoring.HourStatus;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.monitoring.event.MonthlyEmissionTallied;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagContinued;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.ApiClient.Response;
import org.ecoledger.local.MutableClock;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.permit.reporting.ReportDeadlineScheduler;
import org.ecoledger.permit.support.MonitoringTopicsWriter;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.RunningPermitService;
import org.ecoledger.permit.support.TopicRecords;
import org.ecoledger.permit.violation.CaseSweeps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.PermitFixture.MIANYANG_PAPER;
import static org.ecoledger.permit.support.Requests.*;

/**
 * Enforcement end to end on real PostgreSQL and Kafka: monitoring's flags arrive on Kafka and
 * become cases; an inspector decides over HTTP; the suspension reaches the permit and its Kafka
 * topic, the credit level changes and goes out on {@code enforcement-events}, and the public reads
 * it all without a token. The tests share one clock that only moves forward, hence their order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnforcementIT {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-04T02:00:00Z"));
    private static final String CHENGDU_INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-chengdu", "510100"));
    private static final String MIANYANG_INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-mianyang", "510700"));
    private static final EnterpriseId CHENGDU_CHEMICALS = EnterpriseId.of("91510105MA6CH3M1C" + EnterpriseId.checkCharacter("91510105MA6CH3M1C"));
    private static final String CHENGDU_CHEMICALS_TOKEN = RunningService.tokenFor(LocalUser.enterprise("chengdu-chemicals", CHENGDU_CHEMICALS.value()));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static RunningService service;
    private static ApiClient api;
    private static MonitoringTopicsWriter monitoring;
    private static PermitTopicReader permitEvents;
    private static TopicRecords enforcementEvents;
    private static String permitId;
    private static String permitNumber;

    @BeforeAll
    static void start() {
        service = RunningPermitService.start("permit_enforcement", CLOCK, Map.of(
                "ecoledger.enforcement.sweep-interval", "PT1H",
                "ecoledger.enforcement.inbox-group-prefix", "enforcement-it-" + UUID.randomUUID()));
        api = service.api();
        String kafka = RunningService.INFRASTRUCTURE.kafkaBootstrapServers();
        monitoring = new MonitoringTopicsWriter(kafka);
        permitEvents = new PermitTopicReader(kafka);
        enforcementEvents = new TopicRecords(kafka, Topics.ENFORCEMENT_EVENTS);
        assertThat(api.post("/api/enterprises", CHENGDU_POWER_TOKEN, registration(CHENGDU_POWER.value(), "Chengdu Power", "510104")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/enterprises", MIANYANG_PAPER_TOKEN, registration(MIANYANG_PAPER.value(), "Mianyang Paper", "510700"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/enterprises", CHENGDU_CHEMICALS_TOKEN,
                registration(CHENGDU_CHEMICALS.value(), "Chengdu Chemicals", "510105")).status()).isEqualTo(201);
        permitId = issuedPermit(CHENGDU_POWER, CHENGDU_POWER_TOKEN);
        await().atMost(PATIENCE).until(() -> api.get("/api/permits/" + permitId, CHENGDU_REVIEWER_TOKEN).status() == 200);
        permitNumber = api.get("/api/permits/" + permitId, CHENGDU_REVIEWER_TOKEN).body().at("/summary/permitNumber").asText();
    }

    @AfterAll
    static void stop() {
        enforcementEvents.close();
        permitEvents.close();
        monitoring.close();
        service.close();
    }

    private static String issuedPermit(EnterpriseId enterprise, String token) {
        Response opened = api.post("/api/enterprises/" + enterprise + "/permit-applications", token, keyPermitApplication());
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.text("permitId");
        assertThat(api.post("/api/permits/" + id + "/completeness-confirmation", CHENGDU_REVIEWER_TOKEN, Map.of()).status()).isEqualTo(204);
        assertThat(api.post("/api/permits/" + id + "/issuance", CHENGDU_REVIEWER_TOKEN, opinion("Meets GB 13223-2011.")).status()).isEqualTo(204);
        return id;
    }

    private static String raise(ViolationKind kind, EnterpriseId enterprise, String region, Pollutant pollutant, String observed,
                                String limit, Instant onset) {
        String flagId = kind + ":" + enterprise + ":DA001:" + (pollutant == null ? "-" : pollutant.name()) + ":" + onset;
        monitoring.publish(Topics.VIOLATION_FLAGS, enterprise, flagId + ":raised", raised(flagId, kind, enterprise, region, pollutant,
                observed, limit, onset));
        return flagId;
    }

    private static ViolationFlagRaised raised(String flagId, ViolationKind kind, EnterpriseId enterprise, String region, Pollutant pollutant,
                                              String observed, String limit, Instant onset) {
        return new ViolationFlagRaised(flagId, kind, enterprise, RegionCode.of(region), OutletCode.of("DA001"), pollutant, onset,
                observed == null ? null : new BigDecimal(observed), limit == null ? null : new BigDecimal(limit),
                kind + " at DA001 since " + onset, onset.plusSeconds(600));
    }

    private static String caseOf(String flagId) {
        return ViolationCaseId.forFlag(flagId).value();
    }

    private static JsonNode awaitCase(String caseId, String token) {
        await().atMost(PATIENCE).until(() -> api.get("/api/violation-cases/" + caseId, token).status() == 200);
        return api.get("/api/violation-cases/" + caseId, token).body();
    }

    private static Map<String, Object> confirmation(Map<String, Object> penalties, String reason) {
        return Map.of("penalties", penalties, "reason", reason);
    }

    @Test
    @Order(1)
    void aFlagBecomesAConfirmedCaseWhosePenaltiesReachThePermitTheCreditAndThePublic() {
        Instant onset = Instant.parse("2026-12-03T02:00:00Z");
        String flagId = raise(ViolationKind.CONCENTRATION_EXCEEDED, CHENGDU_POWER, "510104", Pollutant.SO2, "52", "35", onset);
        monitoring.publish(Topics.EMISSION_ACCOUNTS, CHENGDU_POWER, flagId + ":continued:30", new ViolationFlagContinued(flagId,
                ViolationKind.CONCENTRATION_EXCEEDED, CHENGDU_POWER, RegionCode.of("510104"), onset, 30, new BigDecimal("58"),
                Mass.ofGrams(420_000), List.of(
                        new EvidenceHour(OutletCode.of("DA001"), Pollutant.SO2, onset.minusSeconds(3600), Mass.ofGrams(9_000), HourStatus.MEASURED, DataFlag.N),
                        new EvidenceHour(OutletCode.of("DA001"), Pollutant.SO2, onset, Mass.ofGrams(14_000), HourStatus.MEASURED, DataFlag.N),
                        new EvidenceHour(OutletCode.of("DA001"), Pollutant.SO2, onset.plusSeconds(3600), Mass.ofGrams(14_000), HourStatus.INVALID, DataFlag.D)),
                onset.plusSeconds(30 * 3600)));
        monitoring.publish(Topics.EMISSION_ACCOUNTS, CHENGDU_POWER, "month:2026-12:SO2:1", new MonthlyEmissionTallied(CHENGDU_POWER, 2026, 12,
                Pollutant.SO2, Mass.ofTonnes("10"), Mass.ofTonnes("0.5"), Mass.ofTonnes("120.5"), onset.plusSeconds(30 * 3600)));
        String caseId = caseOf(flagId);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/violation-cases?region=510100", CHENGDU_INSPECTOR).body()
                .path("items").findValuesAsText("caseId")).contains(caseId));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/violation-cases/" + caseId, CHENGDU_INSPECTOR).body()
                .path("durationHours").asLong()).isEqualTo(30));
        JsonNode review = api.get("/api/violation-cases/" + caseId, CHENGDU_INSPECTOR).body();
        assertThat(review.at("/summary/severity").asText()).isEqualTo("SERIOUS");
        assertThat(review.at("/evidence/hours")).hasSize(3);
        assertThat(review.at("/evidence/hoursByDataFlag/D").asInt()).isEqualTo(1);
        assertThat(review.at("/evidence/permitLimits/0/concentrationLimit/value").decimalValue()).isEqualByComparingTo("35");

        assertThat(api.post("/api/violation-cases/" + caseId + "/statements", CHENGDU_POWER_TOKEN,
                Map.of("statement", "The desulphurisation unit tripped.", "evidence", List.of("trip-log.pdf"))).status()).isEqualTo(204);
        assertThat(api.post("/api/violation-cases/" + caseId + "/assignment", CHENGDU_INSPECTOR, Map.of()).status()).isEqualTo(204);
        assertThat(api.post("/api/violation-cases/" + caseId + "/confirmation", CHENGDU_INSPECTOR, confirmation(Map.of(
                "fineYuan", "100000", "dailyPenaltyYuan", "10000", "rectificationDeadline", "2026-12-20", "suspendPermitId", permitId),
                "SO2 above its limit for 30 hours; the statement shows no cause beyond the operator's control")).status()).isEqualTo(204);

        // The suspension reaches the permit, its audit trail and permit-events, where monitoring learns of it.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode permit = api.get("/api/permits/" + permitId, CHENGDU_REVIEWER_TOKEN).body();
            assertThat(permit.at("/summary/status").asText()).isEqualTo("SUSPENDED");
            assertThat(permit.path("history").findValuesAsText("actorSubject")).contains("violation-enforcement");
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(permitEvents.distinctOf(permitId))
                .extracting(PermitTopicReader.Published::type).containsExactly("permit-issued", "permit-suspended"));

        // Three days pass: the daily penalty accrues for the 5th, 6th and 7th.
        CLOCK.set(Instant.parse("2026-12-08T02:00:00Z"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            service.bean(CaseSweeps.class).accrueDailyPenalties();
            JsonNode decided = api.get("/api/violation-cases/" + caseId, CHENGDU_POWER_TOKEN).body();
            assertThat(decided.at("/summary/status").asText()).isEqualTo("CONFIRMED");
            assertThat(decided.path("accruedDailyPenalty").asLong()).isEqualTo(3_000_000L);
            assertThat(decided.path("history").findValuesAsText("step")).containsExactly("OPEN", "STATEMENT", "ASSIGN", "CONFIRM");
        });

        // A serious violation weighs 6 points: the credit level is red, and the trading side hears of it.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(enforcementEvents.poll())
                .filteredOn(r -> r.key().equals(CHENGDU_POWER.value()))
                .extracting(TopicRecords.Read::type).containsExactly("credit-level-assigned"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            Response page = api.get("/api/public/enterprises/" + CHENGDU_POWER + "?year=2026", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().at("/creditLevels/0/level").asText()).isEqualTo("RED");
            assertThat(page.body().path("violations").findValuesAsText("caseId")).containsExactly(caseId);
            assertThat(page.body().at("/violations/0/fine").asLong()).isEqualTo(10_000_000L);
            assertThat(page.body().at("/violations/0/suspendedPermit").asText()).isEqualTo(permitNumber);
            assertThat(page.body().at("/permits/0/status").asText()).isEqualTo("SUSPENDED");
            assertThat(page.body().at("/emissions/0/emitted").asLong()).isEqualTo(10_000_000L);
            assertThat(page.body().at("/emissions/0/headroom").asLong()).isEqualTo(110_500_000L);
            assertThat(page.body().toString()).doesNotContain("inspector-chengdu", "trip-log", "desulphurisation unit tripped", "Li Ming");
        });
        assertThat(api.get("/api/public/regions/510100/non-compliers?year=2026", null).body().findValuesAsText("enterpriseId"))
                .containsExactly(CHENGDU_POWER.value());
        Response csv = api.get("/api/public/regions/510100/violations.csv?year=2026", null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().asText()).startsWith("case_id,").contains(caseId + "," + CHENGDU_POWER + ",Chengdu Power,510104");
    }

    @Test
    @Order(2)
    void theSameFlagDeliveredTwiceChangesNothing() {
        Instant onset = Instant.parse("2026-12-07T20:00:00Z");
        String flagId = raise(ViolationKind.DATA_MISSING_OR_INVALID, CHENGDU_POWER, "510104", Pollutant.NOX, "5", "4", onset);
        ViolationFlagRaised again = raised(flagId, ViolationKind.DATA_MISSING_OR_INVALID, CHENGDU_POWER, "510104", Pollutant.NOX, "5", "4", onset);
        monitoring.publish(Topics.VIOLATION_FLAGS, CHENGDU_POWER, flagId + ":raised", again);
        // A restarted producer that lost track: a new record ID for the same flag.
        monitoring.publish(Topics.VIOLATION_FLAGS, CHENGDU_POWER, flagId + ":raised-again", again);
        // Same key, same partition: once this one is in, the duplicates before it were read.
        String marker = raise(ViolationKind.DATA_MISSING_OR_INVALID, CHENGDU_POWER, "510104", Pollutant.SO2, "5", "4", onset);
        awaitCase(caseOf(marker), CHENGDU_INSPECTOR);

        JsonNode duplicate = api.get("/api/violation-cases/" + caseOf(flagId), CHENGDU_INSPECTOR).body();
        assertThat(duplicate.path("history").findValuesAsText("step")).containsExactly("OPEN");
        assertThat(api.get("/api/enterprises/" + CHENGDU_POWER + "/violation-cases", CHENGDU_POWER_TOKEN).body().path("items")
                .findValuesAsText("caseId")).filteredOn(caseOf(flagId)::equals).hasSize(1);
    }

    @Test
    @Order(3)
    void aClearedFlagIsRecordedOnItsCaseWhichStaysForItsDecision() {
        Instant onset = Instant.parse("2026-12-07T10:00:00Z");
        String flagId = raise(ViolationKind.ANNUAL_TOTAL_EXCEEDED, MIANYANG_PAPER, "510700", Pollutant.COD, "41000000", "40000000", onset);
        monitoring.publish(Topics.VIOLATION_FLAGS, MIANYANG_PAPER, flagId + ":cleared", new ViolationFlagCleared(flagId,
                ViolationKind.ANNUAL_TOTAL_EXCEEDED, MIANYANG_PAPER, RegionCode.of("510700"), onset.plusSeconds(5 * 3600),
                "within the allowance after an amendment"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode cleared = api.get("/api/violation-cases/" + caseOf(flagId), MIANYANG_INSPECTOR).body();
            assertThat(cleared.path("history").findValuesAsText("step")).containsExactly("OPEN", "FLAG_CLEARED");
            assertThat(cleared.at("/summary/flagCleared").asBoolean()).isTrue();
            assertThat(cleared.at("/summary/status").asText()).isEqualTo("OPEN");
            assertThat(cleared.path("durationHours").asLong()).isEqualTo(5);
        });
    }

    @Test
    @Order(4)
    void noOneActsOnACaseOutsideTheirRegionOrOfAnotherEnterpriseAndThePublicOnlyReads() {
        String flagId = raise(ViolationKind.CONCENTRATION_EXCEEDED, CHENGDU_POWER, "510104", Pollutant.NOX, "55", "50",
                Instant.parse("2026-12-08T01:00:00Z"));
        String caseId = caseOf(flagId);
        awaitCase(caseId, CHENGDU_INSPECTOR);
        String path = "/api/violation-cases/" + caseId;
        Map<String, Object> fine = confirmation(Map.of("fineYuan", "20000"), "NOx above its limit");

        assertProblem(api.get(path, MIANYANG_INSPECTOR), 403);
        assertProblem(api.post(path + "/assignment", MIANYANG_INSPECTOR, Map.of()), 403);
        assertProblem(api.post(path + "/confirmation", MIANYANG_INSPECTOR, fine), 403);
        assertProblem(api.get("/api/violation-cases?region=510100", MIANYANG_INSPECTOR), 403);

        assertProblem(api.get(path, MIANYANG_PAPER_TOKEN), 403);
        assertProblem(api.post(path + "/statements", MIANYANG_PAPER_TOKEN, Map.of("statement", "not ours")), 403);
        assertProblem(api.get("/api/enterprises/" + CHENGDU_POWER + "/violation-cases", MIANYANG_PAPER_TOKEN), 403);
        assertProblem(api.get("/api/violation-cases", CHENGDU_POWER_TOKEN), 403);
        assertProblem(api.post(path + "/confirmation", CHENGDU_POWER_TOKEN, fine), 403);

        assertProblem(api.get(path, null), 401);
        assertProblem(api.post(path + "/confirmation", null, fine), 401);
        assertThat(api.post("/api/public/enterprises/" + CHENGDU_POWER, null, Map.of()).status()).isIn(401, 403);
        assertThat(api.post("/api/public/regions/510100/blacklist", null, Map.of()).status()).isIn(401, 403);

        assertProblem(api.post(path + "/confirmation", CHENGDU_INSPECTOR, confirmation(Map.of(), "no penalty")), 400);
        assertProblem(api.post(path + "/confirmation", CHENGDU_INSPECTOR, confirmation(Map.of("fineYuan", "1.001"), "sub-fen")), 400);
        assertProblem(api.post(path + "/confirmation", CHENGDU_INSPECTOR, confirmation(Map.of("suspendPermitId", UUID.randomUUID().toString()),
                "someone else's permit")), 400);
        assertThat(api.get(path, CHENGDU_INSPECTOR).body().path("history").findValuesAsText("step")).containsExactly("OPEN");
    }

    @Test
    @Order(5)
    void dischargingWithoutAPermitBlacklistsTheEnterpriseWhichThenCannotApplyUntilItIsLifted() {
        String flagId = raise(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT, CHENGDU_CHEMICALS, "510105", null, null, null,
                Instant.parse("2026-12-08T00:00:00Z"));
        String caseId = caseOf(flagId);
        awaitCase(caseId, CHENGDU_INSPECTOR);
        assertThat(api.post("/api/violation-cases/" + caseId + "/confirmation", CHENGDU_INSPECTOR,
                confirmation(Map.of("fineYuan", "500000"), "discharging at DA001 with no permit")).status()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/public/regions/510100/blacklist", null).body()
                .findValuesAsText("enterpriseId")).containsExactly(CHENGDU_CHEMICALS.value()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(enforcementEvents.poll())
                .filteredOn(r -> r.key().equals(CHENGDU_CHEMICALS.value()))
                .extracting(TopicRecords.Read::type).containsExactly("credit-level-assigned", "enterprise-blacklisted"));

        String applications = "/api/enterprises/" + CHENGDU_CHEMICALS + "/permit-applications";
        Response barred = api.post(applications, CHENGDU_CHEMICALS_TOKEN, keyPermitApplication());
        assertProblem(barred, 409);
        assertThat(barred.text("reason")).isEqualTo("ENTERPRISE_BLACKLISTED");

        assertProblem(api.post("/api/enterprises/" + CHENGDU_CHEMICALS + "/blacklist-lifting", CHENGDU_CHEMICALS_TOKEN,
                Map.of("reason", "we repented")), 403);
        assertThat(api.post("/api/enterprises/" + CHENGDU_CHEMICALS + "/blacklist-lifting", CHENGDU_REVIEWER_TOKEN,
                Map.of("reason", "permit obtained, rectification verified on site")).status()).isEqualTo(204);
        assertThat(api.post(applications, CHENGDU_CHEMICALS_TOKEN, keyPermitApplication()).status()).isEqualTo(201);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(enforcementEvents.poll())
                .filteredOn(r -> r.key().equals(CHENGDU_CHEMICALS.value()))
                .extracting(TopicRecords.Read::type).containsExactly("credit-level-assigned", "enterprise-blacklisted", "blacklisting-lifted"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/public/regions/510100/blacklist", null).body()).isEmpty());
    }

    @Test
    @Order(6)
    void executionReportsAreComparedWithMonitoringAndOneNotInByItsDeadlineOpensACase() {
        CLOCK.set(Instant.parse("2027-01-10T02:00:00Z"));
        Response report = api.post("/api/permits/" + permitId + "/execution-reports", CHENGDU_POWER_TOKEN, Map.of(
                "period", "2026-Q4", "emissions", List.of(Map.of("pollutant", "SO2", "tonnes", "5"))));
        assertThat(report.status()).isEqualTo(201);
        assertThat(report.body().path("discrepancies").asInt()).isEqualTo(1);
        assertThat(report.body().at("/lines/0/monitored").asLong()).isEqualTo(10_000_000L);
        assertProblem(api.post("/api/permits/" + permitId + "/execution-reports", CHENGDU_POWER_TOKEN, Map.of(
                "period", "2027-Q1", "emissions", List.of(Map.of("pollutant", "SO2", "tonnes", "5")))), 400);

        String reports = "/api/permits/" + permitId + "/execution-reports";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(reports, CHENGDU_POWER_TOKEN).body().findValuesAsText("period"))
                .containsExactly("2026-Q4"));

        // The annual report of 2026 was due by 1 February; the sweep finds it missing, once.
        CLOCK.set(Instant.parse("2027-02-02T02:00:00Z"));
        ReportDeadlineScheduler deadlines = service.bean(ReportDeadlineScheduler.class);
        assertThat(deadlines.sweep()).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(reports, CHENGDU_POWER_TOKEN).body().findValuesAsText("period"))
                .containsExactlyInAnyOrder("2026-Q4", "2026"));
        assertThat(deadlines.sweep()).isZero();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/violation-cases?region=510104", CHENGDU_INSPECTOR).body()
                .path("items").findValuesAsText("type")).contains("EXECUTION_REPORT_LATE"));
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
