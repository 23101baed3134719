package org.ecoledger.monitoring.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Frames and segments for tests, from the standard's examples and the deviations of real devices. */
final class Frames {

    /** The worked example of HJ 212-2017 Appendix A: a 101-byte segment with CRC 1C80. */
    static final String STANDARD_EXAMPLE_SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
    static final String STANDARD_EXAMPLE_FRAME = "##0101" + STANDARD_EXAMPLE_SEGMENT + "1C80\r\n";
    static final String MN_2017 = "010000A8900016F000169DC0";

    /** A 2017 minute-data upload of a flue-gas stack (CN=2051, Flag=5: answer requested). */
    static final String MINUTE_UPLOAD_SEGMENT = "QN=20261123101500123;ST=31;CN=2051;PW=123456;MN=" + MN_2017 + ";Flag=5;"
            + "CP=&&DataTime=20261123101000;"
            + "a21026-Avg=12.345,a21026-Min=10.001,a21026-Max=15.678,a21026-Cou=0.0123,a21026-Flag=N;"
            + "a21002-Avg=45.6,a21002-Min=40.2,a21002-Max=50.9,a21002-Cou=0.0456,a21002-Flag=N;"
            + "a34013-Avg=3.21,a34013-Min=2.98,a34013-Max=3.65,a34013-Cou=0.0032,a34013-Flag=N;"
            + "a00000-Avg=125.4,a00000-Min=120.1,a00000-Max=130.7,a00000-Cou=7524.0,a00000-Flag=N;"
            + "a19001-Avg=8.4,a19001-Min=8.1,a19001-Max=8.9,a19001-Flag=N;"
            + "a01012-Avg=125.3,a01012-Min=124.8,a01012-Max=126.0,a01012-Flag=N;"
            + "a01013-Avg=-0.12,a01013-Min=-0.15,a01013-Max=-0.10,a01013-Flag=N;"
            + "a01014-Avg=10.5,a01014-Min=10.2,a01014-Max=10.9,a01014-Flag=N&&";

    private Frames() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A frame the way the standard writes it around {@code segment}. */
    static byte[] frame(String segment) {
        return Hj212Encoder.frame(utf8(segment));
    }

    /** A frame with the given length field, CRC text and trailer, whatever the segment really is. */
    static byte[] frame(String length, String segment, String crc, String trailer) {
        return utf8("##" + length + segment + crc + trailer);
    }

    /** A correct frame of any length, beyond what the encoder will write. */
    static byte[] oversizedFrame(String segment) {
        byte[] bytes = utf8(segment);
        String crc = Hj212Crc.toHex(Hj212Crc.standard(bytes, 0, bytes.length));
        return concat(utf8(String.format("##%04d", bytes.length)), bytes, utf8(crc + "\r\n"));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
