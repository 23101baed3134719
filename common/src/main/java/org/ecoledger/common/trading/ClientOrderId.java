package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The enterprise's own reference for an order. Submitting the same one twice places one order:
 * a client that timed out may safely send again.
 */
public record ClientOrderId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    public ClientOrderId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a client order ID is 1-40 letters, digits or . _ : -: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
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
