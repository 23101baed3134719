package org.ecoledger.monitoring.protocol;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Gathers one factor's fields while an {@link Upload} is read; the first value of a field wins.
 * Positions are in the packet's bytes, where the factor code is found at {@code [codeStart, codeEnd)}.
 */
final class FactorValuesBuilder {

    private static final int FIELDS = FactorField.values().length;

    private final byte[] bytes;
    private final int codeStart;
    private final int codeEnd;
    /** A BigDecimal or String per {@link FactorField}, by ordinal. */
    private final Object[] values = new Object[FIELDS];
    private Map<String, String> others;

    FactorValuesBuilder(byte[] bytes, int codeStart, int codeEnd) {
        this.bytes = bytes;
        this.codeStart = codeStart;
        this.codeEnd = codeEnd;
    }

    boolean hasCode(int start, int end) {
        return Ascii.regionEquals(bytes, codeStart, codeEnd, start, end);
    }

    /** Takes the field unless it was already set; false for a repeat. */
    boolean set(int suffixStart, int suffixEnd, int valueStart, int valueEnd, Deviations deviations) {
        FactorField field = FactorField.find(bytes, suffixStart, suffixEnd);
        if (field == null) {
            if (others == null) {
                others = new HashMap<>(4);
            }
            return others.putIfAbsent(Ascii.decode(bytes, suffixStart, suffixEnd), Ascii.decode(bytes, valueStart, valueEnd)) == null;
        }
        int slot = field.ordinal();
        if (values[slot] != null) {
            return false;
        }
        if (!field.isDecimal()) {
            values[slot] = Ascii.decode(bytes, valueStart, valueEnd);
            return true;
        }
        values[slot] = Decimals.parse(bytes, valueStart, valueEnd);
        if (values[slot] == null) {
            deviations.add(Deviation.Type.BAD_NUMBER, Ascii.decode(bytes, codeStart, suffixEnd)
                    + "=" + Deviations.quote(bytes, valueStart, valueEnd));
        }
        return true;
    }

    FactorValues build() {
        return new FactorValues(Ascii.decode(bytes, codeStart, codeEnd),
                decimal(FactorField.RTD),
                decimal(FactorField.MIN),
                decimal(FactorField.AVG),
                decimal(FactorField.MAX),
                decimal(FactorField.ZS_RTD),
                decimal(FactorField.ZS_MIN),
                decimal(FactorField.ZS_AVG),
                decimal(FactorField.ZS_MAX),
                decimal(FactorField.COU),
                text(FactorField.FLAG),
                text(FactorField.EFLAG),
                text(FactorField.SAMPLE_TIME),
                others == null ? Map.of() : others);
    }

    private BigDecimal decimal(FactorField field) {
        return (BigDecimal) values[field.ordinal()];
    }

    private String text(FactorField field) {
        return (String) values[field.ordinal()];
    }
}
