package org.ecoledger.common.permit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** The identity of one permit or registration from its application on; globally unique. */
public record PermitId(String value) {

    public PermitId {
        if (value == null) {
            throw new IllegalArgumentException("a permit ID is required");
        }
        try {
            value = UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a permit ID is a UUID: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PermitId of(String value) {
        return new PermitId(value);
    }

    public static PermitId of(UUID uuid) {
        return new PermitId(uuid.toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
