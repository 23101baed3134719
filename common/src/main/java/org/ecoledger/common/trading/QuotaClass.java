package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

/**
 * What a holding of emission rights is: rights to emit one pollutant, issued in one region, for
 * one vintage year. Rights of different classes are never fungible, so each class is one market.
 * Written {@code SO2/510100/2027} on the wire and in URLs.
 */
public record QuotaClass(Pollutant pollutant, RegionCode region, int vintage) {

    public QuotaClass {
        if (pollutant == null || region == null) {
            throw new IllegalArgumentException("a quota class needs a pollutant and a region");
        }
        if (vintage < 2000 || vintage > 2100) {
            throw new IllegalArgumentException("vintage " + vintage + " is not a plausible year");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static QuotaClass parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a quota class is written pollutant/region/vintage, e.g. SO2/510100/2027: " + text);
        }
        try {
            return new QuotaClass(Pollutant.of(parts[0]), RegionCode.of(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the vintage of a quota class is a year: " + text);
        }
    }

    @JsonValue
    public String key() {
        return pollutant.name() + "/" + region.value() + "/" + vintage;
    }

    @Override
    public String toString() {
        return key();
    }
}
