package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A group of regions that trade with each other: one basin or airshed, as the bureau configures
 * it. Rights never move between areas, so each area keeps one ledger of its own.
 */
public record TradingAreaId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public TradingAreaId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a trading area is 1-40 lower-case letters, digits or hyphens: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TradingAreaId of(String value) {
        return new TradingAreaId(value);
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
