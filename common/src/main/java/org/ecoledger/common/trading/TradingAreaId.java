package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A group of regions that trade with each other: one basin or airshed, as the bureau configures
 * it. Rights never move between areas, so each area keeps one ledger of its own.
 */
public record TradingAreaId(String value) {

    private static final int LONGEST = 40;

    /** {@code [a-z0-9][a-z0-9-]{0,39}}, checked by hand: every event names its area. */
    public TradingAreaId {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("a trading area is 1-40 lower-case letters, digits or hyphens: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TradingAreaId of(String value) {
        return new TradingAreaId(value);
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > LONGEST || value.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
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
