package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** One initial allocation of rights to an enterprise. Its ID is a UUID chosen by whoever asks for it, so a request can be sent again safely. */
public record AllocationId(String value) {

    public AllocationId {
        value = Uuids.canonical(value, "allocationId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AllocationId of(String value) {
        return new AllocationId(value);
    }

    public static AllocationId random() {
        return new AllocationId(UUID.randomUUID().toString());
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
