package org.ecoledger.monitoring.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinTwoPercentAboveTheTrueValue() {
        var histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 100_000; micros++) {
            histogram.record(micros);
        }
        assertThat(histogram.count()).isEqualTo(100_000);
        assertThat(histogram.percentile(0.5)).isBetween(50_000L, 51_000L);
        assertThat(histogram.percentile(0.99)).isBetween(99_000L, 100_980L);
        assertThat(histogram.percentile(1)).isBetween(100_000L, 102_000L);
    }

    @Test
    void smallValuesAreExact() {
        var histogram = new LatencyHistogram();
        histogram.record(3);
        histogram.record(7);
        assertThat(histogram.percentile(0.5)).isEqualTo(3);
        assertThat(histogram.percentile(1)).isEqualTo(7);
    }

    @Test
    void everyValueFallsIntoABucketWhoseBoundHoldsIt() {
        for (long value = 0; value < 1L << 40; value = value * 3 + 1) {
            int index = LatencyHistogram.indexOf(value);
            assertThat(LatencyHistogram.highestIn(index)).isGreaterThanOrEqualTo(value).isLessThanOrEqualTo(value + value / 64 + 1);
        }
    }

    @Test
    void aResetForgetsEverything() {
        var histogram = new LatencyHistogram();
        histogram.record(1_000);
        histogram.reset();
        assertThat(histogram.count()).isZero();
        assertThat(histogram.percentile(0.99)).isZero();
    }
}
