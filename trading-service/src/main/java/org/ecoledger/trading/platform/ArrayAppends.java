package org.ecoledger.trading.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Appends a commit's events with one statement, {@code INSERT … SELECT FROM unnest(…)} over one
 * array per column, instead of Axon's JDBC batch of one row each. The order writer appends the
 * events of a whole group of requests at once, hundreds at a time; binding nine parameters per
 * event was the driver's largest share of the writer's CPU in a flight recording at 7,000 orders
 * placed/s (sending the binds and queries about 15 % of its samples), and PostgreSQL parsed the
 * rewritten multi-row insert's thousands of parameters.
 * <p>
 * The rows are inserted in the events' order, so the global index (a sequence) numbers them as
 * Axon's batch did. The timestamp is written as Axon's default writer writes it, and a unique
 * violation fails the whole statement as it failed the batch, which Axon reports as a duplicate.
 */
final class ArrayAppends implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType, List<? extends EventMessage<?>> events,
                                   Serializer serializer, TimestampWriter timestampWriter) throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("the event store keeps payloads as BYTEA, not as " + dataType.getName());
        }
        int rows = events.size();
        String[] identifiers = new String[rows];
        String[] aggregates = new String[rows];
        long[] sequences = new long[rows];
        String[] types = new String[rows];
        String[] timestamps = new String[rows];
        String[] payloadTypes = new String[rows];
        String[] revisions = new String[rows];
        byte[][] payloads = new byte[rows][];
        byte[][] metaData = new byte[rows][];
        for (int i = 0; i < rows; i++) {
            DomainEventMessage<?> event = asDomainEvent(events.get(i));
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            identifiers[i] = event.getIdentifier();
            aggregates[i] = event.getAggregateIdentifier();
            sequences[i] = event.getSequenceNumber();
            types[i] = event.getType();
            timestamps[i] = formatInstant(event.getTimestamp());
            payloadTypes[i] = payload.getType().getName();
            revisions[i] = payload.getType().getRevision();
            payloads[i] = payload.getData();
            metaData[i] = event.serializeMetaData(serializer, byte[].class).getData();
        }
        PreparedStatement statement = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ") SELECT e.identifier, e.aggregate, e.sequence, e.type, e.timestamp, e.payload_type, "
                + "e.revision, e.payload, e.meta_data FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::bytea[], ?::bytea[]) WITH ORDINALITY "
                + "AS e(identifier, aggregate, sequence, type, timestamp, payload_type, revision, payload, meta_data, position) "
                + "ORDER BY e.position");
        statement.setArray(1, connection.createArrayOf("text", identifiers));
        statement.setArray(2, connection.createArrayOf("text", aggregates));
        statement.setObject(3, sequences);
        statement.setArray(4, connection.createArrayOf("text", types));
        statement.setArray(5, connection.createArrayOf("text", timestamps));
        statement.setArray(6, connection.createArrayOf("text", payloadTypes));
        statement.setArray(7, connection.createArrayOf("text", revisions));
        statement.setArray(8, connection.createArrayOf("bytea", payloads));
        statement.setArray(9, connection.createArrayOf("bytea", metaData));
        // Axon runs what it is given as a batch.
        statement.addBatch();
        return statement;
    }

    /** As Axon's own statements: an event that is not an aggregate's is stored as the first of an aggregate named by its ID. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent
                ? domainEvent
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
