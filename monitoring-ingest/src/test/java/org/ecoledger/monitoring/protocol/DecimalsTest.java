package org.ecoledger.monitoring.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    /** What a decimal value means: Java's own reading of the text, within the documented bounds. */
    private static BigDecimal reference(String text) {
        if (text.length() > 64) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            return Math.abs(value.scale()) <= 64 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Property(tries = 5000)
    void anyValueReadsAsJavaReadsItWhereverItSitsInTheBuffer(
            @ForAll("values") String value, @ForAll @IntRange(max = 9) int before, @ForAll @IntRange(max = 9) int after) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[before + text.length + after];
        Arrays.fill(buffer, (byte) '7');
        System.arraycopy(text, 0, buffer, before, text.length);

        assertThat(Decimals.parse(buffer, before, before + text.length)).isEqualTo(reference(new String(text, StandardCharsets.UTF_8)));
    }

    @Test
    void shortValuesKeepTheirScaleAndSign() {
        assertThat(parse("12.345")).isEqualTo(new BigDecimal("12.345"));
        assertThat(parse("-0.10")).isEqualTo(new BigDecimal("-0.10"));
        assertThat(parse("+7524.0")).isEqualTo(new BigDecimal("7524.0"));
        assertThat(parse("99999999")).isEqualTo(new BigDecimal("99999999"));
        assertThat(parse("1.")).isEqualTo(BigDecimal.ONE);
        assertThat(parse(".5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(parse("-0.00")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void whatIsNotADecimalIsNull() {
        assertThat(parse("")).isNull();
        assertThat(parse(".")).isNull();
        assertThat(parse("-")).isNull();
        assertThat(parse("1.2.3")).isNull();
        assertThat(parse("1,5")).isNull();
        assertThat(parse("12a")).isNull();
        assertThat(parse("1E999999")).isNull();
    }

    /**
     * The word-at-a-time path reads a sign and up to eight characters, the loop up to 18 digits
     * into a long, and anything longer goes through Java's own reading: each reads its edge exactly.
     */
    @Test
    void valuesAtTheEdgesOfEachFastPathReadAsJavaReadsThem() {
        List<String> edges = List.of(
                "12345678", "1234567.8", ".1234567", "1234567.", "-12345678", "+1234567.8", "123456789", "1234567.89",
                "00000000", "0000000.1", "-0.000001", "000000000000012.5",
                "999999999999999999", "99999999999999999.9", "-999999999999999999", "0.00000000000000001",
                "1000000000000000000", "9999999999999999999", "-1234567890123456789.5", "000000000000000000001",
                "1.", "-1.", "+.5", "7524.0");
        for (String edge : edges) {
            assertThat(parse(edge)).as(edge).isEqualTo(new BigDecimal(edge));
            assertThat(parse(edge).scale()).as(edge).isEqualTo(new BigDecimal(edge).scale());
        }
    }

    @Test
    void signsPointsAndExponentsThatJavaRefusesOrThatAreTooLargeAreNotDecimals() {
        assertThat(parse("--1")).isNull();
        assertThat(parse("+-1")).isNull();
        assertThat(parse("1-")).isNull();
        assertThat(parse("..1")).isNull();
        assertThat(parse("1..")).isNull();
        assertThat(parse(" 1")).isNull();
        assertThat(parse("1e65")).isNull();
        assertThat(parse("1".repeat(65))).isNull();
        assertThat(parse("1.5E-3")).isEqualTo(new BigDecimal("0.0015"));
    }

    private static BigDecimal parse(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return Decimals.parse(bytes, 0, bytes.length);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20)
                .flatMap(digits -> Arbitraries.integers().between(-1, digits.length()).flatMap(point ->
                        Arbitraries.of("", "-", "+").map(sign -> sign + (point < 0 ? digits
                                : digits.substring(0, point) + "." + digits.substring(point)))));
        Arbitrary<String> anything = Arbitraries.strings().withChars("0123456789.-+eE /:\u0660\u00e9").ofMaxLength(12);
        return Arbitraries.oneOf(numeric, numeric, anything);
    }
}
