package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The enterprise's own reference for an order. Submitting the same one twice places one order:
 * a client that timed out may safely send again.
 */
public record ClientOrderId(String value) {

    private static final int LONGEST = 40;

    /** {@code [A-Za-z0-9._:-]{1,40}}, checked by hand: every order placed names one. */
    public ClientOrderId {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("a client order ID is 1-40 letters, digits or . _ : -: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > LONGEST) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-')) {
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
