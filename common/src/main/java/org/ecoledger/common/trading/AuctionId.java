package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** A government reserve auction. Its ID is a UUID chosen by whoever asks for it, so a request can be sent again safely. */
public record AuctionId(String value) {

    public AuctionId {
        value = Uuids.canonical(value, "auctionId");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AuctionId of(String value) {
        return new AuctionId(value);
    }

    public static AuctionId random() {
        return new AuctionId(UUID.randomUUID().toString());
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
