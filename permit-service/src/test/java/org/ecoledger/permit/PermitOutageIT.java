package org.ecoledger.permit;

import org.ecoledger.local.RunningService;
import io.micrometer.core.instrument.MeterRegistry;
import org.ecoledger.local.ApiClient;
import org.ecoledger.permit.support.PermitTopicReader;
import org.ecoledger.permit.support.PermitTopicReader.Published;
import org.ecoledger.permit.support.RunningPermitService;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecoledger.permit.support.PermitFixture.MIANYANG_PAPER;
import static org.ecoledger.permit.support.Requests.*;

/** A permit issued while Kafka is down is published once Kafka is back: the event store is the outbox. */
class PermitOutageIT {

    @Test
    void anEventCommittedWhileKafkaIsDownArrivesOnceKafkaIsBack() throws InterruptedException {
        var infrastructure = RunningService.INFRASTRUCTURE;
        try (var service = RunningPermitService.start("permit_outage", Clock.systemUTC(), Map.of("ecoledger.kafka.publish-timeout", "PT3S"))) {
            ApiClient api = service.api();
            api.post("/api/enterprises", MIANYANG_PAPER_TOKEN, registration(MIANYANG_PAPER.value(), "Mianyang Paper", "510700"));
            String permitId = api.post("/api/enterprises/" + MIANYANG_PAPER + "/permit-applications", MIANYANG_PAPER_TOKEN,
                    keyPermitApplication()).text("permitId");
            api.post("/api/permits/" + permitId + "/completeness-confirmation", MIANYANG_REVIEWER_TOKEN, Map.of());

            infrastructure.stopKafka();
            try {
                assertThat(api.post("/api/permits/" + permitId + "/issuance", MIANYANG_REVIEWER_TOKEN, opinion("issued during the outage"))
                        .status()).as("the permit is issued while Kafka is down").isEqualTo(204);
                assertThat(api.post("/api/permits/" + permitId + "/suspension", MIANYANG_REVIEWER_TOKEN, reason("suspended during the outage"))
                        .status()).isEqualTo(204);
                // Longer than the publish timeout, so that the publisher fails and backs off at least once.
                Thread.sleep(Duration.ofSeconds(8).toMillis());
            } finally {
                infrastructure.startKafka();
            }

            try (var topic = new PermitTopicReader(infrastructure.kafkaBootstrapServers())) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(topic.distinctOf(permitId)).extracting(Published::type)
                                .containsExactly("permit-issued", "permit-suspended"));
            }
            assertThat(service.bean(MeterRegistry.class).find("ecoledger.permit.publication.failures").counters())
                    .as("the publisher tried while Kafka was down, failed, and kept its place").isNotEmpty();
        }
    }
}
