package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A negotiated transfer between two enterprises. Its ID is a UUID chosen by whoever asks for it, so a request can be sent again safely. */
public record TransferId(String value) {

    public TransferId {
        value = Uuids.canonical(value, "transferId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransferId of(String value) {
        return new TransferId(value);
    }

    public static TransferId random() {
        return new TransferId(UUID.randomUUID().toString());
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
