package org.ecoledger.monitoring.protocol;

/**
 * One {@code key=value} item of CP, as sent. A factor field's key is {@code <code>-<Suffix>};
 * a text value keeps its {@code //} delimiters.
 */
public record CpItem(String key, String value) {

    public boolean isText() {
        return value.length() >= 4 && value.startsWith("//") && value.endsWith("//");
    }

    /** The text between the {@code //} delimiters of a text value, or the value itself. */
    public String text() {
        return isText() ? value.substring(2, value.length() - 2) : value;
    }

    /** The factor code of a {@code <code>-<Suffix>} key, or the whole key when it has no suffix. */
    public String factorCode() {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }
}
