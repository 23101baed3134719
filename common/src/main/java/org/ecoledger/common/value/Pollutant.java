package org.ecoledger.common.value;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pollutants the platform controls, with their HJ 212 factor codes: HJ 524/525 six-character
 * codes (2017 and later) and the short codes of HJ/T 212-2005.
 */
public enum Pollutant {
    SO2("a21026", "02", Medium.AIR),
    NOX("a21002", "03", Medium.AIR),
    PARTICULATE("a34013", "01", Medium.AIR),
    VOCS("a24088", null, Medium.AIR),
    COD("w01018", "011", Medium.WATER),
    NH3_N("w21003", "060", Medium.WATER),
    TP("w21011", "101", Medium.WATER),
    TN("w21001", "065", Medium.WATER),
    MERCURY("w20111", "020", Medium.WATER),
    CADMIUM("w20115", "022", Medium.WATER),
    CHROMIUM("w20116", "023", Medium.WATER),
    HEXAVALENT_CHROMIUM("w20117", "024", Medium.WATER),
    ARSENIC("w20119", "026", Medium.WATER),
    LEAD("w20120", "027", Medium.WATER);

    private static final Map<String, Pollutant> BY_CODE = Stream.concat(
                    Arrays.stream(values()).map(p -> Map.entry(p.code2017, p)),
                    Arrays.stream(values()).filter(p -> p.code2005 != null).map(p -> Map.entry(p.code2005, p)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<String, Pollutant> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final String code2017;
    private final String code2005;
    private final Medium medium;

    Pollutant(String code2017, String code2005, Medium medium) {
        this.code2017 = code2017;
        this.code2005 = code2005;
        this.medium = medium;
    }

    /** Looks a pollutant up by its 2017 or 2005 factor code, or by its name here. */
    public static Optional<Pollutant> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Pollutant byCode = BY_CODE.get(code.trim());
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(BY_NAME.get(code.trim().toUpperCase()));
    }

    /** Like {@link #fromCode(String)}, for input that must name a pollutant. */
    public static Pollutant of(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown pollutant " + code));
    }

    public String code2017() {
        return code2017;
    }

    /** Empty where HJ/T 212-2005 had no code for the factor. */
    public Optional<String> code2005() {
        return Optional.ofNullable(code2005);
    }

    public Medium medium() {
        return medium;
    }
}
