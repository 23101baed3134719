package org.ecoledger.monitoring.protocol;

/** The per-factor suffixes with a typed place in {@link FactorValues}. */
enum FactorField {
    RTD("Rtd", true),
    MIN("Min", true),
    AVG("Avg", true),
    MAX("Max", true),
    ZS_RTD("ZsRtd", true),
    ZS_MIN("ZsMin", true),
    ZS_AVG("ZsAvg", true),
    ZS_MAX("ZsMax", true),
    COU("Cou", true),
    FLAG("Flag", false),
    EFLAG("EFlag", false),
    SAMPLE_TIME("SampleTime", false);

    private final byte[] suffix;
    private final boolean decimal;

    FactorField(String suffix, boolean decimal) {
        this.suffix = Ascii.bytes(suffix);
        this.decimal = decimal;
    }

    boolean isDecimal() {
        return decimal;
    }

    /** The field whose suffix is {@code [start, end)} (case-sensitive), or null. */
    static FactorField find(byte[] bytes, int start, int end) {
        FactorField candidate = candidate(bytes, start, end - start);
        return candidate != null && Ascii.equals(bytes, start, end, candidate.suffix) ? candidate : null;
    }

    /** The only field a suffix can be, from its length and a letter or two; called per value, so no loop. */
    private static FactorField candidate(byte[] bytes, int start, int length) {
        return switch (length) {
            case 3 -> switch (bytes[start]) {
                case 'R' -> RTD;
                case 'A' -> AVG;
                case 'C' -> COU;
                case 'M' -> bytes[start + 1] == 'i' ? MIN : MAX;
                default -> null;
            };
            case 4 -> FLAG;
            case 5 -> switch (bytes[start]) {
                case 'E' -> EFLAG;
                case 'Z' -> switch (bytes[start + 2]) {
                    case 'R' -> ZS_RTD;
                    case 'A' -> ZS_AVG;
                    case 'M' -> bytes[start + 3] == 'i' ? ZS_MIN : ZS_MAX;
                    default -> null;
                };
                default -> null;
            };
            case 10 -> SAMPLE_TIME;
            default -> null;
        };
    }
}
