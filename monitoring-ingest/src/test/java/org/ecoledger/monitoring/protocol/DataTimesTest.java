package org.ecoledger.monitoring.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DataTimesTest {

    /** What a DataTime means: its fields read one by one, as java.time takes them, from year 1 on. */
    private static LocalDateTime reference(String text) {
        if ((text.length() != 14 && text.length() != 17) || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int millis = text.length() == 17 ? Integer.parseInt(text.substring(14)) : 0;
        try {
            return year < 1 ? null : LocalDateTime.of(year, Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8)),
                    Integer.parseInt(text.substring(8, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)), millis * 1_000_000);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The word-at-a-time reading, and the byte-at-a-time one near the array's end, both read as java.time does. */
    @Property(tries = 3000)
    void anyDataTimeReadsAsJavaTimeReadsItWhereverItSitsInTheBuffer(
            @ForAll("dataTimes") String value, @ForAll @IntRange(max = 9) int before, @ForAll @IntRange(max = 9) int after) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[before + text.length + after];
        Arrays.fill(buffer, (byte) '1');
        System.arraycopy(text, 0, buffer, before, text.length);

        assertThat(DataTimes.parse(buffer, before, before + text.length)).isEqualTo(reference(value));
    }

    @Test
    void everyFieldIsReadFromItsOwnTwoDigitsAndMillisAreKept() {
        assertThat(parse("20261123101000")).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 10, 0));
        assertThat(parse("19990102030405")).isEqualTo(LocalDateTime.of(1999, 1, 2, 3, 4, 5));
        assertThat(parse("20240229235959987")).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 987_000_000));
    }

    @Test
    void aDataTimeWithAnyCharacterThatIsNotADigitOrOutOfRangeIsNotATime() {
        assertThat(parse("2026112310100:")).isNull();
        assertThat(parse("2026112310100/")).isNull();
        assertThat(parse("2026-1123101000")).isNull();
        assertThat(parse("20261123101000\u00e9")).isNull();
        assertThat(parse("20261123101000.12")).isNull();
        assertThat(parse("20230229101000")).isNull();
        assertThat(parse("20261123241000")).isNull();
        assertThat(parse("20261123106000")).isNull();
        assertThat(parse("00001123101000")).isNull();
        assertThat(parse("2026112310100")).isNull();
    }

    private static LocalDateTime parse(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return DataTimes.parse(bytes, 0, bytes.length);
    }

    @Provide
    Arbitrary<String> dataTimes() {
        Arbitrary<String> valid = Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60), Arbitraries.of("", "000", "999", "12a"))
                .as((year, month, day, hour, minute, second, millis) -> String.format("%04d%02d%02d%02d%02d%02d%s", year, month, day, hour, minute, second, millis));
        Arbitrary<String> anything = Arbitraries.strings().withChars("0123456789:/ .-\u00e9").ofMinLength(13).ofMaxLength(18);
        return Arbitraries.oneOf(valid, valid, anything);
    }
}
