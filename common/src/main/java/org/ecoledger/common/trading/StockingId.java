package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** One stocking of a government reserve. Its ID is a UUID chosen by whoever asks for it, so a request can be sent again safely. */
public record StockingId(String value) {

    public StockingId {
        value = Uuids.canonical(value, "stockingId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StockingId of(String value) {
        return new StockingId(value);
    }

    public static StockingId random() {
        return new StockingId(UUID.randomUUID().toString());
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
