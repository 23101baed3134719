package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MN_2017;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class Hj212CrcTest {

    private static int standard(String segment) {
        byte[] bytes = utf8(segment);
        return Hj212Crc.standard(bytes, 0, bytes.length);
    }

    @Test
    void theStandardsWorkedExampleOf101BytesHasCrc1C80() {
        assertThat(utf8(STANDARD_EXAMPLE_SEGMENT)).hasSize(101);
        assertThat(Hj212Crc.toHex(standard(STANDARD_EXAMPLE_SEGMENT))).isEqualTo("1C80");
    }

    @Test
    void modbusGives0759ForTheSameBytesAnd5907ByteSwapped() {
        byte[] bytes = utf8(STANDARD_EXAMPLE_SEGMENT);

        assertThat(Hj212Crc.toHex(CrcProfile.MODBUS.compute(bytes, 0, bytes.length))).isEqualTo("0759");
        assertThat(Hj212Crc.toHex(CrcProfile.MODBUS_SWAPPED.compute(bytes, 0, bytes.length))).isEqualTo("5907");
    }

    @Test
    void theAppendixC9011AnswerHasCrc1B00() {
        String segment = "QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&QnRtn=1&&";

        assertThat(utf8(segment)).hasSize(94);
        assertThat(Hj212Crc.toHex(standard(segment))).isEqualTo("1B00");
    }

    @Test
    void the9014DataAnswerHasCrc3240() {
        String segment = "QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=" + MN_2017 + ";Flag=4;CP=&&&&";

        assertThat(Hj212Crc.toHex(standard(segment))).isEqualTo("3240");
    }

    @Test
    void theFoldedStandardCrcEqualsTheByteAtATimeRoutineAtEveryLengthAndAlignment() {
        byte[] data = new byte[80];
        new Random(212).nextBytes(data);
        for (int offset = 0; offset < 9; offset++) {
            for (int length = 0; offset + length <= data.length; length++) {
                assertThat(Hj212Crc.standard(data, offset, length)).as("offset %d, length %d", offset, length)
                        .isEqualTo(byteAtATime(data, offset, length));
            }
        }
    }

    /** The state is the register's high byte: {@code reg = TABLE[(reg >> 8) ^ b]}, one byte after another. */
    private static int byteAtATime(byte[] data, int offset, int length) {
        int reg = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            int x = (reg >>> 8) ^ (data[i] & 0xFF);
            for (int bit = 0; bit < 8; bit++) {
                x = (x & 1) != 0 ? (x >>> 1) ^ 0xA001 : x >>> 1;
            }
            reg = x;
        }
        return reg;
    }

    @Test
    void theStandardCrcOfAnyInputEndsInOneOfEightLowBytes() {
        for (int value = 0; value < 256; value++) {
            for (int previous = 0; previous < 256; previous++) {
                int crc = Hj212Crc.standard(new byte[] {(byte) previous, (byte) value}, 0, 2);
                assertThat(crc & 0xFF).isIn(0x00, 0x01, 0x40, 0x41, 0x80, 0x81, 0xC0, 0xC1);
            }
        }
    }

    @Test
    void aCrcPrintedInLowerCaseIsClassifiedAsStandard() {
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "1c80")).contains(CrcProfile.STANDARD);
    }

    @Test
    void modbusPrintedLowByteFirstIsRecognisedAsSwapped() {
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "5907")).contains(CrcProfile.MODBUS_SWAPPED);
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "0759")).contains(CrcProfile.MODBUS);
    }

    @Test
    void aCrcMatchingNoAlgorithmIsNotClassified() {
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "1C81")).isEmpty();
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "1C8G")).isEmpty();
        assertThat(Hj212Crc.classify(utf8(STANDARD_EXAMPLE_SEGMENT), "1C8")).isEmpty();
    }
}
