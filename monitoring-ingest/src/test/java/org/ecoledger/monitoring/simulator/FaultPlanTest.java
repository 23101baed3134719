package org.ecoledger.monitoring.simulator;

import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Crc;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultPlanTest {

    private static final Instant START = Instant.parse("2026-11-22T16:00:00Z");

    private static boolean standardCrcHolds(byte[] frame) {
        int length = frame.length - 12;
        String received = new String(frame, 6 + length, 4, StandardCharsets.US_ASCII);
        return Hj212Crc.toHex(Hj212Crc.standard(frame, 6, length)).equalsIgnoreCase(received);
    }

    @Test
    void aCorruptedFrameFailsTheStandardCrcCheckAndIsOtherwiseTheSame() {
        byte[] frame = Hj212Encoder.encode(new Header("20261123000000001", "31", "2061", "123456", "010000A8900016F000169DC0", 5, null, null),
                List.of(new CpItem("DataTime", "20261123000000"), new CpItem("a21026-Avg", "18.20")));
        byte[] corrupted = FaultPlan.withWrongCrc(frame);
        assertThat(standardCrcHolds(frame)).isTrue();
        assertThat(standardCrcHolds(corrupted)).isFalse();
        assertThat(new String(corrupted, 0, frame.length - 6, StandardCharsets.US_ASCII))
                .isEqualTo(new String(frame, 0, frame.length - 6, StandardCharsets.US_ASCII));
        assertThat(new String(corrupted, StandardCharsets.US_ASCII)).endsWith("\r\n");
    }

    @Test
    void flagsAndGapsOfAPeriodAreTheSameEveryTimeItIsGenerated() {
        var plan = new FaultPlan(0, 0, 0, 0.2, 0.1, 0.1);
        for (int h = 0; h < 200; h++) {
            Instant hour = START.plus(Duration.ofHours(h));
            assertThat(plan.flagOf(7, UploadPeriod.HOUR, hour)).isEqualTo(plan.flagOf(7, UploadPeriod.HOUR, hour));
            assertThat(plan.isGap(7, UploadPeriod.HOUR, hour)).isEqualTo(plan.isGap(7, UploadPeriod.HOUR, hour));
        }
    }

    @Test
    void theMinutesOfAnHourUnderMaintenanceAreFlaggedAsTheHourIs() {
        var plan = new FaultPlan(0, 0, 0, 0.3, 0.3, 0);
        for (int h = 0; h < 50; h++) {
            Instant hour = START.plus(Duration.ofHours(h));
            String hourly = plan.flagOf(11, UploadPeriod.HOUR, hour);
            for (int m = 0; m < 60; m += 10) {
                assertThat(plan.flagOf(11, UploadPeriod.MINUTE, hour.plus(Duration.ofMinutes(m)))).isEqualTo(hourly);
            }
        }
    }

    private static String flagOfHour(FaultPlan plan, int hour) {
        return plan.flagOf(3, UploadPeriod.HOUR, START.plus(Duration.ofHours(hour)));
    }

    @Test
    void flagsAndGapsComeAtAboutTheirProbabilities() {
        var plan = new FaultPlan(0, 0, 0, 0.1, 0.05, 0.02);
        int hours = 20_000;
        long maintenance = IntStream.range(0, hours).filter(h -> flagOfHour(plan, h).equals("M")).count();
        long faults = IntStream.range(0, hours).filter(h -> flagOfHour(plan, h).equals("D")).count();
        long gaps = IntStream.range(0, hours).filter(h -> plan.isGap(3, UploadPeriod.HOUR, START.plus(Duration.ofHours(h)))).count();
        assertThat(maintenance).isBetween(1700L, 2300L);
        assertThat(faults).isBetween(800L, 1200L);
        assertThat(gaps).isBetween(300L, 500L);
    }

    @Test
    void perFrameFaultsComeAtAboutTheirProbabilities() {
        var plan = new FaultPlan(0.1, 0.05, 0.2, 0, 0, 0);
        int frames = 20_000;
        assertThat(IntStream.range(0, frames).filter(i -> plan.corruptsNextFrame()).count()).isBetween(1700L, 2300L);
        assertThat(IntStream.range(0, frames).filter(i -> plan.dropsConnectionAfterSending()).count()).isBetween(800L, 1200L);
        assertThat(IntStream.range(0, frames).filter(i -> plan.resendsAnsweredUpload()).count()).isBetween(3600L, 4400L);
    }

    @Test
    void withoutFaultsNothingGoesWrong() {
        for (int h = 0; h < 1000; h++) {
            Instant hour = START.plus(Duration.ofHours(h));
            assertThat(FaultPlan.NONE.flagOf(5, UploadPeriod.HOUR, hour)).isEqualTo("N");
            assertThat(FaultPlan.NONE.isGap(5, UploadPeriod.HOUR, hour)).isFalse();
            assertThat(FaultPlan.NONE.corruptsNextFrame() || FaultPlan.NONE.dropsConnectionAfterSending()
                    || FaultPlan.NONE.resendsAnsweredUpload()).isFalse();
        }
    }

    @Test
    void aProbabilityIsFromZeroToOne() {
        assertThatThrownBy(() -> new FaultPlan(1.5, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(0, 0, 0, 0.6, 0.6, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
