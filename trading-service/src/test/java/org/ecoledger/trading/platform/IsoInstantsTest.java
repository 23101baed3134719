package org.ecoledger.trading.platform;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantsTest {

    @Property(tries = 10000)
    void anInstantIsWrittenAsIsoInstantWritesIt(@ForAll("instants") Instant instant) {
        assertThat(IsoInstants.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant)).isEqualTo(instant.toString());
    }

    @Property(tries = 10000)
    void anInstantIsWrittenToMillisecondsAsAxonWritesItsTimestampsAndReadBackAsAxonReadsThem(@ForAll("instants") Instant instant) {
        String written = IsoInstants.formatMillis(instant);
        assertThat(written).isEqualTo(DateTimeUtils.formatInstant(instant));
        assertThat(IsoInstants.parse(written)).isEqualTo(DateTimeUtils.parseInstant(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z",
            "2000-02-29T12:00:00.5Z", "1900-03-01T00:00:00Z", "2100-02-28T23:59:59Z", "2026-11-25T01:18:42.011532042Z"})
    void daysAroundLeapYearsCenturiesAndTheEdgesOfFourDigitYearsAreWrittenAsTheFormattersWriteThem(String text) {
        Instant instant = Instant.parse(text);
        assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        assertThat(IsoInstants.formatMillis(instant)).isEqualTo(DateTimeUtils.formatInstant(instant));
        assertThat(IsoInstants.parse(IsoInstants.format(instant))).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0001-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z"})
    void yearsOfOtherThanFourDigitsAreLeftToTheFormatters(String text) {
        Instant instant = Instant.parse(text);
        assertThat(IsoInstants.format(instant)).isEqualTo(instant.toString());
        assertThat(IsoInstants.formatMillis(instant)).isNull();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return fourDigitYears();
    }

    /** Instants of the years 0000 to 9999, in whole seconds, milliseconds, microseconds and nanoseconds. */
    static Arbitrary<Instant> fourDigitYears() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000), Arbitraries.integers().between(0, 999_999_999));
        return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }
}
