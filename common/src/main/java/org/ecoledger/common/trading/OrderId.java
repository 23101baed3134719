package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An order's identity: its trading area and the sequence number the area's ledger gave it on
 * arrival, which is also its time priority. Written {@code sichuan-1234}.
 */
public record OrderId(TradingAreaId area, long sequence) {

    private static final int MOST_DIGITS = 18;

    public OrderId {
        if (area == null || sequence <= 0) {
            throw new IllegalArgumentException("an order ID is a trading area and a positive sequence number");
        }
    }

    /**
     * Reads what {@link #value()} writes: the area, a hyphen and 1 to 18 digits. Every event that
     * names an order is read through here, so the form is checked by hand rather than by a regular
     * expression; {@code WrittenIdentifiersTest} holds it to the expression {@code (.+)-(\d{1,18})}.
     * The area before the hyphen is checked by {@link TradingAreaId}, which also refuses the line
     * terminators the expression's dot does not match.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrderId parse(String text) {
        int hyphen = text == null ? -1 : text.lastIndexOf('-');
        if (hyphen < 1 || !digits(text, hyphen + 1)) {
            throw new IllegalArgumentException("an order ID is written area-sequence, e.g. sichuan-42: " + text);
        }
        return new OrderId(TradingAreaId.of(text.substring(0, hyphen)), Long.parseLong(text, hyphen + 1, text.length(), 10));
    }

    private static boolean digits(String text, int from) {
        int count = text.length() - from;
        if (count < 1 || count > MOST_DIGITS) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @JsonValue
    public String value() {
        return area.value() + "-" + sequence;
    }

    @Override
    public String toString() {
        return value();
    }
}
