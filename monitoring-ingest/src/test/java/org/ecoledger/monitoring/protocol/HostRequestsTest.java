package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MN_2017;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class HostRequestsTest {

    private static final LocalDateTime BEIJING = LocalDateTime.of(2026, 11, 24, 18, 5, 7, 250_000_000);

    private static Packet parsed(byte[] frame) {
        String text = new String(frame, StandardCharsets.UTF_8);
        String segment = text.substring(6, text.length() - 6);
        assertThat(text.substring(text.length() - 6, text.length() - 2)).as("the frame's CRC")
                .isEqualTo(Hj212Crc.toHex(Hj212Crc.standard(utf8(segment), 0, segment.length())));
        return DataSegmentParser.parse(utf8(segment));
    }

    @Test
    void theTimeIsSetIn2017WithAQnOfItsOwnAnAnswerAskedForAndTheDevicesStPwAndMn() {
        Header asked = new Header("20261124180455001", "31", "1013", "123456", MN_2017, 5, null, null);

        byte[] request = HostRequests.setTime(asked, BEIJING).orElseThrow();

        assertThat(new String(request, StandardCharsets.UTF_8).substring(6)).startsWith(
                "QN=20261124180507250;ST=31;CN=1012;PW=123456;MN=" + MN_2017 + ";Flag=5;CP=&&SystemTime=20261124180507&&");
        assertThat(parsed(request).kind()).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void aDeviceOfAnotherEditionIsAskedInItsOwn() {
        assertThat(parsed(HostRequests.setTime(new Header(null, "32", "2061", "123456", MN_2017, 8, null, null), BEIJING).orElseThrow())
                .header().flag()).isEqualTo(9);
        assertThat(parsed(HostRequests.setTime(new Header(null, "32", "2061", "123456", "88888880000001", 0, null, null), BEIJING)
                .orElseThrow()).header().flag()).isEqualTo(1);
        assertThat(parsed(HostRequests.setTime(new Header(null, "32", "2061", "123456", "88888880000001", null, null, null), BEIJING)
                .orElseThrow()).header().flag()).isNull();
    }

    @Test
    void noRequestGoesToADeviceWhosePasswordCannotBeWrittenBack() {
        assertThat(HostRequests.setTime(new Header(null, "31", "1013", "12;456", MN_2017, 5, null, null), BEIJING)).isEmpty();
    }
}
