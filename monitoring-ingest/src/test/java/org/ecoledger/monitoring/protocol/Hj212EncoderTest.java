package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.monitoring.protocol.Frames.MN_2017;

class Hj212EncoderTest {

    private static final Header UPLOAD = new Header("20261123101500123", "31", "2011", "123456", MN_2017, 5, null, null);

    private static String encode(Header header, List<CpItem> cp) {
        return new String(Hj212Encoder.encode(header, cp), StandardCharsets.UTF_8);
    }

    @Test
    void theStandardsExampleIsWrittenByteForByte() {
        Header header = new Header("20160801085857223", "32", "1062", "100000", MN_2017, 5, null, null);

        assertThat(encode(header, List.of(new CpItem("RtdInterval", "30")))).isEqualTo(Frames.STANDARD_EXAMPLE_FRAME);
    }

    @Test
    void fieldsOfOneFactorAreJoinedByCommasAndFactorsBySemicolons() {
        String frame = encode(UPLOAD, List.of(
                new CpItem("DataTime", "20261123101500"),
                new CpItem("a21026-Rtd", "1.5"), new CpItem("a21026-Flag", "N"),
                new CpItem("a21002-Rtd", "7")));

        assertThat(frame).contains("CP=&&DataTime=20261123101500;a21026-Rtd=1.5,a21026-Flag=N;a21002-Rtd=7&&");
    }

    @Test
    void absentHeaderFieldsAreLeftOutAndPacketNumbersFollowFlag() {
        Header header = new Header(null, "32", "2011", null, null, 7, 3, 1);

        assertThat(encode(header, List.of())).startsWith("##0041ST=32;CN=2011;Flag=7;PNUM=3;PNO=1;CP=&&&&");
    }

    @Test
    void theLengthCountsUtf8Bytes() {
        String frame = encode(new Header(null, "32", "3020", null, null, 4, null, null),
                List.of(new CpItem("i11001-Info", "//正常//")));

        String segment = "ST=32;CN=3020;Flag=4;CP=&&i11001-Info=//正常//&&";
        assertThat(frame).startsWith(String.format("##%04d", segment.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void theCrcIsPrintedInUpperCase() {
        String frame = encode(new Header("20160801085857223", "91", "9014", "123456", MN_2017, 4, null, null), List.of());

        assertThat(frame).endsWith("3240\r\n");
    }

    @Test
    void delimitersThatWouldChangeThePacketAreRefused() {
        assertThatThrownBy(() -> encode(UPLOAD, List.of(new CpItem("a;b", "1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encode(UPLOAD, List.of(new CpItem("a", "1;2")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encode(UPLOAD, List.of(new CpItem("a", "x&&")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encode(UPLOAD, List.of(new CpItem("a", "//unclosed")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encode(new Header("1;2", "31", "2011", null, null, 4, null, null), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encode(new Header(null, "31", "201", null, null, 4, null, null), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDataSegmentOver1024BytesIsRefused() {
        assertThatThrownBy(() -> encode(UPLOAD, List.of(new CpItem("i11001-Info", "//" + "x".repeat(1000) + "//"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
