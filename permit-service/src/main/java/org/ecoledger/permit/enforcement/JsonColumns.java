package org.ecoledger.permit.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** JSONB columns and the small conversions the enforcement read models share. */
@Component
public class JsonColumns {

    private final ObjectMapper json;

    JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    /** JSON for a JSONB column; null stays null. */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published language always serializes", e);
        }
    }

    public <T> T read(String value, Class<T> type) {
        return value == null ? null : read(value, json.getTypeFactory().constructType(type));
    }

    public <T> T read(String value, TypeReference<T> type) {
        return value == null ? null : read(value, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String value, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type + " in a read model", e);
        }
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    public static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
