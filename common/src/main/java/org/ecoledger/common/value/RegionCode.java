package org.ecoledger.common.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Set;

/**
 * An administrative division code (GB/T 2260): province(2) city(2) county(2). A code ending in
 * zeros names a whole province or city, which is how jurisdictions and trading regions are
 * expressed: {@code 510000} (Sichuan) contains {@code 510104} (a district of Chengdu).
 */
public record RegionCode(String value) {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    public RegionCode {
        // six digits, checked by hand: every trading event names the region of its rights
        if (!sixDigits(value)) {
            throw new IllegalArgumentException("a region code has 6 digits: " + value);
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new IllegalArgumentException("region code " + value + " names no province");
        }
        if (value.startsWith("00", 2) && !value.startsWith("00", 4)) {
            throw new IllegalArgumentException("region code " + value + " names a county without a city");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    private static boolean sixDigits(String value) {
        if (value == null || value.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    /** The significant digits: "51" for a province, "5101" for a city, all six for a county. */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value;
        };
    }

    /** True when {@code other} lies inside this division (a division contains itself). */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(prefix());
    }

    public RegionCode province() {
        return new RegionCode(value.substring(0, 2) + "0000");
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

    public enum Level { PROVINCE, CITY, COUNTY }
}
