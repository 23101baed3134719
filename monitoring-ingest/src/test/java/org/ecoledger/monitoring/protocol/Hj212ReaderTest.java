package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_SEGMENT;

class Hj212ReaderTest {

    private final Hj212Reader standardOnly = new Hj212Reader(CrcPolicy.standardOnly());

    private static RawFrame frame(String segment, String crc) {
        byte[] stream = Frames.frame(String.format("%04d", Frames.utf8(segment).length), segment, crc, "\r\n");
        return CollectingSink.scan(FramingPolicy.STRICT, stream).frames.get(0);
    }

    @Test
    void aFrameWithTheStandardCrcIsAccepted() {
        Reading reading = standardOnly.read(frame(STANDARD_EXAMPLE_SEGMENT, "1C80"));

        assertThat(reading).isInstanceOfSatisfying(Reading.Accepted.class, accepted -> {
            assertThat(accepted.crc()).isEqualTo(CrcProfile.STANDARD);
            assertThat(accepted.packet().header().cn()).isEqualTo("1062");
        });
    }

    @Test
    void aLowerCaseCrcIsAccepted() {
        assertThat(standardOnly.read(frame(STANDARD_EXAMPLE_SEGMENT, "1c80"))).isInstanceOf(Reading.Accepted.class);
    }

    @Test
    void aModbusCrcIsRejectedUnlessTheDeviceIsKnownToUseIt() {
        RawFrame swapped = frame(STANDARD_EXAMPLE_SEGMENT, "5907");
        Hj212Reader modbusDevices = new Hj212Reader(mn -> Frames.MN_2017.equals(mn)
                ? Set.of(CrcProfile.MODBUS_SWAPPED) : Set.of(CrcProfile.STANDARD));

        assertThat(standardOnly.read(swapped)).isInstanceOfSatisfying(Reading.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(FrameRejection.BAD_CRC));
        assertThat(modbusDevices.read(swapped)).isInstanceOfSatisfying(Reading.Accepted.class,
                accepted -> assertThat(accepted.crc()).isEqualTo(CrcProfile.MODBUS_SWAPPED));
    }

    @Test
    void aDeviceOnModbusIsNotAcceptedWithTheStandardCrc() {
        Hj212Reader modbusOnly = new Hj212Reader(mn -> Set.of(CrcProfile.MODBUS));

        assertThat(modbusOnly.read(frame(STANDARD_EXAMPLE_SEGMENT, "1C80"))).isInstanceOf(Reading.Rejected.class);
        assertThat(modbusOnly.read(frame(STANDARD_EXAMPLE_SEGMENT, "0759"))).isInstanceOf(Reading.Accepted.class);
    }

    @Test
    void aWellFramedSegmentThatIsNotHj212IsMalformed() {
        String segment = "hello";
        String crc = Hj212Crc.toHex(Hj212Crc.standard(Frames.utf8(segment), 0, 5));

        assertThat(standardOnly.read(frame(segment, crc))).isInstanceOfSatisfying(Reading.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(FrameRejection.MALFORMED_SEGMENT));
    }

    @Test
    void garbageWithAWrongCrcIsReportedForItsCrc() {
        assertThat(standardOnly.read(frame("hello", "zzzz"))).isInstanceOfSatisfying(Reading.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(FrameRejection.BAD_CRC));
    }
}
