package org.ecoledger.common.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** An outlet's code within its permit: {@code DA001} for air, {@code DW001} for water. */
public record OutletCode(String value) {

    private static final Pattern FORM = Pattern.compile("D[AW]\\d{3}");

    public OutletCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an outlet code is DA or DW followed by 3 digits: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OutletCode of(String value) {
        return new OutletCode(value == null ? null : value.trim().toUpperCase());
    }

    public Medium medium() {
        return value.startsWith(Medium.AIR.outletPrefix()) ? Medium.AIR : Medium.WATER;
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
