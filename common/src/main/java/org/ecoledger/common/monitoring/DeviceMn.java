package org.ecoledger.common.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A monitoring device's identity in HJ 212 (MN): 24 hexadecimal characters since 2017 (EPC-96),
 * 14 alphanumerics in HJ/T 212-2005. A device is registered to one outlet of one enterprise.
 */
public record DeviceMn(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-F]{24}|[0-9A-Z]{14}");

    public DeviceMn {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an MN is 24 hexadecimal characters (2017) or 14 letters and digits (2005): " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeviceMn of(String value) {
        return new DeviceMn(value == null ? null : value.trim().toUpperCase());
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
