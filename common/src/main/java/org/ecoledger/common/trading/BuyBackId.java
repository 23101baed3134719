package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A buy-back offer of the government reserve. Its ID is a UUID chosen by whoever asks for it, so a request can be sent again safely. */
public record BuyBackId(String value) {

    public BuyBackId {
        value = Uuids.canonical(value, "buyBackId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BuyBackId of(String value) {
        return new BuyBackId(value);
    }

    public static BuyBackId random() {
        return new BuyBackId(UUID.randomUUID().toString());
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
