package org.ecoledger.trading.views;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ViewChangesTest {

    @Test
    void timesAreWrittenAsMicrosecondsSinceTheEpochRoundedToTheNearest() {
        assertThat(ViewChanges.microseconds(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002L);
        assertThat(ViewChanges.microseconds(Instant.parse("2026-11-24T04:53:30.123456499Z"))).isEqualTo(1_795_496_010_123_456L);
        assertThat(ViewChanges.microseconds(Instant.parse("2026-11-24T04:53:30.123456500Z"))).isEqualTo(1_795_496_010_123_457L);
        // rounding up the last microsecond of a second carries into the next second
        assertThat(ViewChanges.microseconds(Instant.parse("2026-11-24T04:53:30.999999700Z"))).isEqualTo(1_795_496_011_000_000L);
    }

    @Test
    void timesBeforeTheEpochRoundToTheNearestMicrosecondToo() {
        assertThat(ViewChanges.microseconds(Instant.parse("1969-12-31T23:59:59.999999600Z"))).isEqualTo(0L);
        assertThat(ViewChanges.microseconds(Instant.parse("1969-12-31T23:59:59.999998Z"))).isEqualTo(-2L);
    }
}
