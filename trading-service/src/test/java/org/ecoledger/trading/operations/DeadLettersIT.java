package org.ecoledger.trading.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.trading.api.CashDeposited;
import org.ecoledger.trading.support.RunningTradingService;
import org.ecoledger.trading.views.TradingViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.trading.support.TradingRequests.ADMIN_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.BANK_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.SICHUAN_REVIEWER_TOKEN;
import static org.ecoledger.trading.support.TradingRequests.deposit;

/**
 * What a processing group cannot handle is parked whole, with the later events of its sequence,
 * shown to administrators and counted, and handled once when retried after its cause is mended.
 */
class DeadLettersIT {

    private static final String HOLDER = enterprise("91510104MA6TWH008");
    private static final String HOLDER_TOKEN = RunningService.tokenFor(LocalUser.enterprise("dead-letter-holder", HOLDER));
    private static final String VIEWS = "trading-views";
    private static final String LEDGER_WITH_A_HOLE = "ledger-with-a-hole";

    private static RunningService trading;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("dead_letters", Clock.systemUTC(), Map.of(
                "spring.main.sources", DeadLetterProbe.class.getName(),
                "axon.eventhandling.processors." + DeadLetterProbe.PROCESSING_GROUP + ".mode", "tracking",
                "axon.eventhandling.processors." + DeadLetterProbe.PROCESSING_GROUP + ".dlq.enabled", "true"));
        api = trading.api();
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void aReadModelEventThatFailsPartWayIsParkedWholeWithTheLaterEventsOfItsLedger() {
        assertThat(api.post("/api/trading/accounts/" + HOLDER + "/deposits", BANK_TOKEN, deposit(100_000)).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> cashOf(HOLDER) == 100_000);

        // A stored allocation without its area (a defect of a writer or an upcaster): the read model's handler moves the
        // holding and the fee, then fails on the reserve's area. A deposit of the same ledger waits behind it.
        Instant at = Instant.now();
        QuotaAllocated withoutArea = new QuotaAllocated(null, AllocationId.random(), EnterpriseId.of(HOLDER), QuotaClass.parse("SO2/510100/2027"),
                Mass.ofGrams(1_000_000), Money.ofFen(5_000), Money.ofFen(5_000), Actor.admin("admin"), at);
        CashDeposited behindIt = new CashDeposited(TradingAreaId.of("sichuan"), EnterpriseId.of(HOLDER), Money.ofFen(777), "behind-the-hole",
                Actor.settlementBank("bank"), at);
        trading.bean(EventStore.class).publish(List.of(
                new GenericDomainEventMessage<>("TradingLedger", LEDGER_WITH_A_HOLE, 0, withoutArea),
                new GenericDomainEventMessage<>("TradingLedger", LEDGER_WITH_A_HOLE, 1, behindIt)));
        // a later deposit through the real ledger: once the read model shows it, it has passed the two above
        assertThat(api.post("/api/trading/accounts/" + HOLDER + "/deposits", BANK_TOKEN, deposit(1_000)).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> cashOf(HOLDER) != 100_000);

        TradingViews.AccountView account = trading.bean(TradingViews.class).account(HOLDER).orElseThrow();
        assertThat(account.availableFen()).as("neither the fee of the failed allocation nor the deposit behind it").isEqualTo(101_000);
        assertThat(account.holdings()).as("none of the failed allocation's moves").isEmpty();

        JsonNode queues = api.get("/api/operations/dead-letters", ADMIN_TOKEN).body();
        assertThat(queue(queues, VIEWS).path("sequences").asLong()).isEqualTo(1);
        assertThat(queue(queues, VIEWS).path("letters").asLong()).isEqualTo(2);
        JsonNode sequence = api.get("/api/operations/dead-letters/" + VIEWS, ADMIN_TOKEN).body().get(0);
        assertThat(sequence.path("letters").asLong()).isEqualTo(2);
        assertThat(sequence.path("first").path("aggregateIdentifier").asText()).isEqualTo(LEDGER_WITH_A_HOLE);
        assertThat(sequence.path("first").path("aggregateSequenceNumber").asLong()).isZero();
        assertThat(sequence.path("first").path("eventType").asText()).isEqualTo(QuotaAllocated.class.getName());
        assertThat(sequence.path("first").path("causeType").asText()).isEqualTo(NullPointerException.class.getName());
        assertThat(prometheus()).contains("ecoledger_processor_dead_letters_events{application=\"trading-service\",processor=\"trading-views\"} 2.0");

        // the cause is still there: the retry fails again, and the sequence stays parked with nothing of it moved
        JsonNode retry = api.post("/api/operations/dead-letters/" + VIEWS + "/retries", ADMIN_TOKEN, Map.of()).body();
        assertThat(retry.path("sequencesTried").asLong()).isEqualTo(1);
        assertThat(retry.path("sequencesHandled").asLong()).isZero();
        assertThat(retry.path("lettersParked").asLong()).isEqualTo(2);
        assertThat(cashOf(HOLDER)).isEqualTo(101_000);
    }

    @Test
    void aParkedSequenceIsHandledOnceWhenRetriedAfterItsCauseIsMended() {
        assertThat(api.post("/api/trading/accounts/" + DeadLetterProbe.ENTERPRISE + "/deposits", BANK_TOKEN, deposit(500)).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> queue(api.get("/api/operations/dead-letters", ADMIN_TOKEN).body(),
                DeadLetterProbe.PROCESSING_GROUP).path("letters").asLong() == 1);
        assertThat(DeadLetterProbe.handledDeposits).isEmpty();

        DeadLetterProbe.mended = true;
        JsonNode retry = api.post("/api/operations/dead-letters/" + DeadLetterProbe.PROCESSING_GROUP + "/retries", ADMIN_TOKEN, Map.of())
                .body();

        assertThat(retry.path("sequencesHandled").asLong()).isEqualTo(1);
        assertThat(retry.path("sequencesParked").asLong()).isZero();
        assertThat(retry.path("lettersParked").asLong()).isZero();
        assertThat(DeadLetterProbe.handledDeposits).hasSize(1);
        assertThat(api.get("/api/operations/dead-letters/" + DeadLetterProbe.PROCESSING_GROUP, ADMIN_TOKEN).body()).isEmpty();
        // a second retry finds nothing to hand over again
        assertThat(api.post("/api/operations/dead-letters/" + DeadLetterProbe.PROCESSING_GROUP + "/retries", ADMIN_TOKEN, Map.of())
                .body().path("sequencesTried").asLong()).isZero();
        assertThat(DeadLetterProbe.handledDeposits).hasSize(1);
    }

    @Test
    void onlyAnAdministratorSeesOrRetriesDeadLetters() {
        for (String token : List.of(HOLDER_TOKEN, SICHUAN_REVIEWER_TOKEN, BANK_TOKEN)) {
            assertThat(api.get("/api/operations/dead-letters", token).status()).isEqualTo(403);
            assertThat(api.get("/api/operations/dead-letters/" + VIEWS, token).status()).isEqualTo(403);
            assertThat(api.post("/api/operations/dead-letters/" + VIEWS + "/retries", token, Map.of()).status()).isEqualTo(403);
        }
        assertThat(api.get("/api/operations/dead-letters", null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownProcessingGroupOrAnUnboundedListIsTheCallersError() {
        ApiClient.Response unknown = api.get("/api/operations/dead-letters/no-such-group", ADMIN_TOKEN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        // the publication has no dead-letter queue: it stops and retries instead
        assertThat(api.post("/api/operations/dead-letters/trading-publication/retries", ADMIN_TOKEN, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/operations/dead-letters/" + VIEWS + "?limit=0", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(api.get("/api/operations/dead-letters/" + VIEWS + "?limit=501", ADMIN_TOKEN).status()).isEqualTo(400);
        assertThat(api.get("/api/operations/dead-letters/" + VIEWS + "?limit=many", ADMIN_TOKEN).status()).isEqualTo(400);
    }

    private static long cashOf(String enterprise) {
        return trading.bean(TradingViews.class).account(enterprise).map(TradingViews.AccountView::availableFen).orElse(-1L);
    }

    private static JsonNode queue(JsonNode queues, String processingGroup) {
        for (JsonNode queue : queues) {
            if (queue.path("processingGroup").asText().equals(processingGroup)) {
                return queue;
            }
        }
        throw new AssertionError("no dead-letter queue of " + processingGroup + " in " + queues);
    }

    private static String prometheus() {
        return api.get("/actuator/prometheus", null).body().asText();
    }

    private static String enterprise(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}
