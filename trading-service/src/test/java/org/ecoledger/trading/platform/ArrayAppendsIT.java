package org.ecoledger.trading.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.ecoledger.local.RunningService;
import org.ecoledger.trading.support.RunningTradingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * The trading event store appends a commit's events with one statement over arrays: the rows are
 * what Axon's own batch stored, in the events' order, and a sequence number taken twice fails the
 * whole commit as the duplicate it is.
 */
class ArrayAppendsIT {

    private static RunningService trading;
    private static JdbcEventStorageEngine engine;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        trading = RunningTradingService.start("trading_array_appends");
        engine = trading.bean(JdbcEventStorageEngine.class);
        jdbc = trading.bean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        trading.close();
    }

    @Test
    void aCommitsEventsAreStoredInTheirOrderWithEveryColumnAsAxonWritesIt() {
        Instant at = Instant.parse("2026-11-24T12:00:00.123456789Z");
        List<EventMessage<?>> events = List.of(
                event("array-appends-a", 0, "first", at, MetaData.emptyInstance()),
                event("array-appends-b", 0, "other aggregate", at.plusSeconds(1), MetaData.with("k", "v")),
                event("array-appends-a", 1, "second", at.plusSeconds(2), MetaData.emptyInstance()),
                GenericEventMessage.asEventMessage("no aggregate"));
        engine.appendEvents(events);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision,
                    convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                FROM domainevententry WHERE eventidentifier = ANY(?) ORDER BY globalindex""",
                (Object) events.stream().map(EventMessage::getIdentifier).toArray(String[]::new));

        assertThat(rows).extracting(row -> row.get("eventidentifier")).containsExactlyElementsOf(events.stream().map(EventMessage::getIdentifier).toList());
        assertThat(rows.get(0)).containsEntry("aggregateidentifier", "array-appends-a").containsEntry("sequencenumber", 0L)
                .containsEntry("type", "ArrayAppendsTest").containsEntry("timestamp", formatInstant(at))
                .containsEntry("payloadtype", "java.lang.String").containsEntry("payloadrevision", null)
                .containsEntry("payload", "\"first\"");
        assertThat(rows.get(1).get("metadata")).isEqualTo("{\"k\":\"v\"}");
        assertThat(rows.get(2)).containsEntry("sequencenumber", 1L).containsEntry("payload", "\"second\"");
        // as Axon stores an event of no aggregate: its own ID as the aggregate's, at sequence 0, without a type
        assertThat(rows.get(3)).containsEntry("aggregateidentifier", events.get(3).getIdentifier()).containsEntry("sequencenumber", 0L)
                .containsEntry("type", null);
        assertThat(engine.readEvents("array-appends-a").asStream().map(e -> (Object) e.getPayload()).toList()).containsExactly("first", "second");
    }

    @Test
    void aSequenceNumberTakenTwiceFailsAsADuplicateAndNothingOfItsCommitIsStored() {
        Instant at = Instant.parse("2026-11-24T12:00:00Z");
        engine.appendEvents(List.of(event("array-appends-c", 0, "zero", at, MetaData.emptyInstance()),
                event("array-appends-c", 1, "one", at, MetaData.emptyInstance())));

        // Axon names the failure after the commit's first event, as it did for its own batch
        assertThatThrownBy(() -> engine.appendEvents(List.of(event("array-appends-c", 2, "two", at, MetaData.emptyInstance()),
                event("array-appends-c", 1, "one again", at, MetaData.emptyInstance()))))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("at sequence [2] was already inserted");

        assertThat(engine.readEvents("array-appends-c").asStream().map(e -> (Object) e.getPayload()).toList()).containsExactly("zero", "one");
    }

    private static DomainEventMessage<String> event(String aggregate, long sequence, String payload, Instant at, MetaData metaData) {
        return new GenericDomainEventMessage<>("ArrayAppendsTest", aggregate, sequence, new GenericEventMessage<>(payload, metaData), () -> at);
    }
}
