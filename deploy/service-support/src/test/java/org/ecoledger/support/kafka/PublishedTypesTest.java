package org.ecoledger.support.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.event.DeviceStatusChanged;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishedTypesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PublishedTypes types = new PublishedTypes(Topics.ENFORCEMENT_EVENTS, meters, "published");

    @Test
    void aRecordCarriesItsEventIdTheTopicsWireNameTheClassesRevisionAndWhenItHappened() {
        Headers headers = types.of(EnterpriseBlacklisted.class).headers("0190b6c2-7a3e-7000-8000-000000000001", "2026-11-24T03:40:00Z");

        assertThat(header(headers, EventHeaders.EVENT_ID)).isEqualTo("0190b6c2-7a3e-7000-8000-000000000001");
        assertThat(header(headers, EventHeaders.EVENT_TYPE)).isEqualTo("enterprise-blacklisted");
        assertThat(header(headers, EventHeaders.EVENT_REVISION)).isEqualTo("1");
        assertThat(header(headers, EventHeaders.OCCURRED_AT)).isEqualTo("2026-11-24T03:40:00Z");
    }

    @Test
    void aHeaderWithoutAValueOrNoneAtAllReadsAsAbsentAndTheLastOfANameCounts() {
        Headers headers = new RecordHeaders()
                .add(EventHeaders.EVENT_ID, null)
                .add(EventHeaders.EVENT_TYPE, "permit-issued".getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_TYPE, "permit-revoked".getBytes(StandardCharsets.UTF_8));

        assertThat(PublishedTypes.header(headers, EventHeaders.EVENT_ID)).isEmpty();
        assertThat(PublishedTypes.header(headers, EventHeaders.OCCURRED_AT)).isEmpty();
        assertThat(PublishedTypes.header(null, EventHeaders.OCCURRED_AT)).isEmpty();
        assertThat(PublishedTypes.header(headers, EventHeaders.EVENT_TYPE)).contains("permit-revoked");
    }

    @Test
    void aPublisherWithoutAnEventStoreSetsTheSameFourHeadersWithTheClassesRevision() {
        Headers named = PublishedTypes.headers(Topics.DEVICE_STATUS, DeviceStatusChanged.class, "010000A8900016F000169DC0:3",
                Instant.parse("2026-11-24T03:40:00Z"));
        Headers fromType = types.of(EnterpriseBlacklisted.class).headers("0190b6c2-7a3e-7000-8000-000000000001", "2026-11-24T03:40:00Z");

        assertThat(header(named, EventHeaders.EVENT_ID)).isEqualTo("010000A8900016F000169DC0:3");
        assertThat(header(named, EventHeaders.EVENT_TYPE)).isEqualTo("device-status-changed");
        assertThat(header(named, EventHeaders.EVENT_REVISION)).isEqualTo("1");
        assertThat(header(named, EventHeaders.OCCURRED_AT)).isEqualTo("2026-11-24T03:40:00Z");
        assertThat(keys(named)).isEqualTo(keys(fromType));
    }

    @Test
    void aClassTheTopicDoesNotCarryIsRefused() {
        assertThatThrownBy(() -> types.of(ExecutionReportOverdue.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExecutionReportOverdue");
    }

    @Test
    void recordsAreCountedPerWireName() {
        types.of(EnterpriseBlacklisted.class).counter().increment();
        types.of(EnterpriseBlacklisted.class).counter().increment();

        assertThat(meters.get("published").tag("type", "enterprise-blacklisted").counter().count()).isEqualTo(2);
        assertThat(meters.find("published").counters()).hasSize(1);
    }

    private static List<String> keys(Headers headers) {
        return Arrays.stream(headers.toArray()).map(Header::key).toList();
    }

    private static String header(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
