package org.ecoledger.common.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An order's identity: its trading area and the sequence number the area's ledger gave it on
 * arrival, which is also its time priority. Written {@code sichuan-1234}.
 */
public record OrderId(TradingAreaId area, long sequence) {

    private static final Pattern FORM = Pattern.compile("(.+)-(\\d{1,18})");

    public OrderId {
        if (area == null || sequence <= 0) {
            throw new IllegalArgumentException("an order ID is a trading area and a positive sequence number");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrderId parse(String text) {
        var matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("an order ID is written area-sequence, e.g. sichuan-42: " + text);
        }
        return new OrderId(TradingAreaId.of(matcher.group(1)), Long.parseLong(matcher.group(2)));
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
