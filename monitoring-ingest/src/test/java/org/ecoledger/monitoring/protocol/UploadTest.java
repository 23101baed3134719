package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MINUTE_UPLOAD_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class UploadTest {

    private static Upload upload(String cp) {
        return Upload.of(DataSegmentParser.parse(utf8("CN=2051;CP=&&" + cp + "&&")));
    }

    @Test
    void minuteDataReadsAsExactDecimalsPerFactor() {
        Upload upload = Upload.of(DataSegmentParser.parse(utf8(MINUTE_UPLOAD_SEGMENT)));

        assertThat(upload.dataTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 10, 0));
        assertThat(upload.factors()).extracting(FactorValues::code).containsExactly(
                "a21026", "a21002", "a34013", "a00000", "a19001", "a01012", "a01013", "a01014");
        FactorValues so2 = upload.factor("a21026").orElseThrow();
        assertThat(so2.avg()).isEqualTo(new BigDecimal("12.345"));
        assertThat(so2.min()).isEqualTo(new BigDecimal("10.001"));
        assertThat(so2.max()).isEqualTo(new BigDecimal("15.678"));
        assertThat(so2.cou()).isEqualTo(new BigDecimal("0.0123"));
        assertThat(so2.flag()).isEqualTo("N");
        assertThat(upload.factor("a01013").orElseThrow().avg()).isEqualTo(new BigDecimal("-0.12"));
        assertThat(upload.deviations()).isEmpty();
    }

    @Test
    void decimalsKeepTheDevicesScaleAndNeverPassThroughADouble() {
        Upload upload = upload("DataTime=20261123101000;a21026-Rtd=0.1,a21026-ZsRtd=0.10,a21026-Cou=123456789012345678.9");

        FactorValues values = upload.factor("a21026").orElseThrow();
        assertThat(values.rtd()).isEqualTo(new BigDecimal("0.1"));
        assertThat(values.zsRtd()).isEqualTo(new BigDecimal("0.10"));
        assertThat(values.cou()).isEqualTo(new BigDecimal("123456789012345678.9"));
    }

    @Test
    void everyTypedSuffixHasItsPlace() {
        Upload upload = upload("DataTime=20261123101000;a21026-Rtd=1,a21026-Min=2,a21026-Avg=3,a21026-Max=4,"
                + "a21026-ZsRtd=5,a21026-ZsMin=6,a21026-ZsAvg=7,a21026-ZsMax=8,a21026-Cou=9,"
                + "a21026-Flag=N,a21026-EFlag=A01,a21026-SampleTime=20261123100500");

        assertThat(upload.factor("a21026")).contains(new FactorValues("a21026",
                BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4),
                BigDecimal.valueOf(5), BigDecimal.valueOf(6), BigDecimal.valueOf(7), BigDecimal.valueOf(8),
                BigDecimal.valueOf(9), "N", "A01", "20261123100500", Map.of()));
    }

    @Test
    void suffixesWithoutATypedPlaceAreKeptRaw() {
        Upload upload = upload("DataTime=20261123101000;SB1-RS=1;i12001-Info=//运行//;LA-Data=55.2");

        assertThat(upload.factor("SB1").orElseThrow().otherFields()).isEqualTo(Map.of("RS", "1"));
        assertThat(upload.factor("i12001").orElseThrow().otherFields()).isEqualTo(Map.of("Info", "//运行//"));
        assertThat(upload.factor("LA").orElseThrow().otherFields()).isEqualTo(Map.of("Data", "55.2"));
    }

    @Test
    void aDataTimeWithMillisecondsIsReadAndNoted() {
        Upload upload = upload("DataTime=20261123101000250;a21026-Rtd=1");

        assertThat(upload.dataTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 10, 0, 250_000_000));
        assertThat(upload.deviations()).extracting(Deviation::type).containsExactly(Deviation.Type.DATA_TIME_WITH_MILLIS);
    }

    @Test
    void anImpossibleDataTimeIsNotedNotThrown() {
        assertThat(upload("DataTime=20260230101000").deviations()).extracting(Deviation::type)
                .containsExactly(Deviation.Type.BAD_DATA_TIME);
        assertThat(upload("DataTime=2026-11-23 10:10").dataTime()).isNull();
        assertThat(upload("a21026-Rtd=1").deviations()).extracting(Deviation::type)
                .containsExactly(Deviation.Type.MISSING_DATA_TIME);
    }

    @Test
    void decimalsBeyondALongOrWithAnExponentKeepTheirValueAndScale() {
        String tiny = "0." + "0".repeat(61) + "1";
        Upload upload = upload("DataTime=20261123101000;a21026-Rtd=1E+3,a21026-Min=123456789012345678901234.5,"
                + "a21026-Avg=" + tiny + ",a21026-Max=0000000000000000000012.50,a21026-Cou=-9223372036854775809");

        FactorValues values = upload.factor("a21026").orElseThrow();

        assertThat(values.rtd()).isEqualTo(new BigDecimal("1E+3")).extracting(BigDecimal::scale).isEqualTo(-3);
        assertThat(values.min()).isEqualTo(new BigDecimal("123456789012345678901234.5"));
        assertThat(values.avg()).isEqualTo(new BigDecimal(tiny)).extracting(BigDecimal::scale).isEqualTo(62);
        assertThat(values.max()).isEqualTo(new BigDecimal("12.50"));
        assertThat(values.cou()).isEqualTo(new BigDecimal("-9223372036854775809"));
        assertThat(values).isEqualTo(new FactorValues("a21026", new BigDecimal("1E+3"), new BigDecimal("123456789012345678901234.5"),
                new BigDecimal(tiny), new BigDecimal("12.50"), null, null, null, null, new BigDecimal("-9223372036854775809"),
                null, null, null, Map.of()));
        assertThat(upload.deviations()).isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsNotedAndLeftOut() {
        Upload upload = upload("DataTime=20261123101000;a21026-Rtd=1.2.3,a21026-Avg=,a21026-Max=1E999999,a21026-Min=2.5E1");

        FactorValues values = upload.factor("a21026").orElseThrow();
        assertThat(values.rtd()).isNull();
        assertThat(values.avg()).isNull();
        assertThat(values.max()).isNull();
        assertThat(values.min()).isEqualTo(new BigDecimal("25"));
        assertThat(upload.deviations()).extracting(Deviation::type).containsOnly(Deviation.Type.BAD_NUMBER).hasSize(3);
    }

    @Test
    void theFirstOfARepeatedFieldWins() {
        Upload upload = upload("DataTime=20261123101000;a21026-Rtd=1.5;a21002-Rtd=7;a21026-Rtd=1.7;DataTime=20261123111000");

        assertThat(upload.factor("a21026").orElseThrow().rtd()).isEqualTo(new BigDecimal("1.5"));
        assertThat(upload.dataTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 10, 0));
        assertThat(upload.factors()).hasSize(2);
        assertThat(upload.deviations()).extracting(Deviation::type)
                .containsExactly(Deviation.Type.DUPLICATE_CP_KEY, Deviation.Type.DUPLICATE_CP_KEY);
    }
}
