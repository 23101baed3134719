package org.ecoledger.common.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of renminbi in whole fen (1/100 yuan). */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(BigDecimal yuan) {
        try {
            return new Money(yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(yuan.toPlainString() + " yuan is not a whole number of fen");
        }
    }

    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @JsonValue
    @Override
    public long fen() {
        return fen;
    }

    @Override
    public String toString() {
        return "¥" + yuan().toPlainString();
    }
}
