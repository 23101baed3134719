package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.CollectingSink.scan;
import static org.ecoledger.monitoring.protocol.Frames.MINUTE_UPLOAD_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_FRAME;
import static org.ecoledger.monitoring.protocol.Frames.STANDARD_EXAMPLE_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.concat;
import static org.ecoledger.monitoring.protocol.Frames.frame;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class FrameScannerTest {

    private static final FramingPolicy STRICT = FramingPolicy.STRICT;
    private static final byte[] EXAMPLE = utf8(STANDARD_EXAMPLE_FRAME);

    @Test
    void theStandardsWorkedExampleIsOneFrame() {
        CollectingSink sink = scan(STRICT, EXAMPLE);

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).isEmpty();
        RawFrame frame = sink.frames.get(0);
        assertThat(frame.dataLength()).isEqualTo(101);
        assertThat(new String(frame.dataSegment(), StandardCharsets.UTF_8)).isEqualTo(STANDARD_EXAMPLE_SEGMENT);
        assertThat(frame.receivedCrcText()).isEqualTo("1C80");
        assertThat(frame.trailer()).isEqualTo(Trailer.CRLF);
    }

    @Test
    void anHttpRequestBeforeAFrameIsOneJunkRunOfItsLength() {
        byte[] http = utf8("GET / HTTP/1.1\r\nHost: 203.0.113.7:9000\r\nUser-Agent: curl/8.0\r\n\r\n");

        CollectingSink sink = scan(STRICT, concat(http, EXAMPLE));

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.JUNK, http.length));
    }

    @Test
    void aTlsClientHelloAndAnSshBannerAreJunkBetweenFrames() {
        byte[] tlsHello = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xFC, 0x03, 0x03, '#', 0x00};
        byte[] ssh = utf8("SSH-2.0-Go\r\n");

        CollectingSink sink = scan(STRICT, concat(tlsHello, EXAMPLE, ssh, EXAMPLE));

        assertThat(sink.frames).hasSize(2);
        assertThat(sink.rejections).containsExactly(
                new CollectingSink.Rejected(FrameRejection.JUNK, tlsHello.length),
                new CollectingSink.Rejected(FrameRejection.JUNK, ssh.length));
    }

    @Test
    void twoFramesInOneReadAreTwoFrames() {
        byte[] upload = frame(MINUTE_UPLOAD_SEGMENT);

        CollectingSink sink = scan(STRICT, concat(EXAMPLE, upload));

        assertThat(sink.frames).extracting(RawFrame::length).containsExactly(EXAMPLE.length, upload.length);
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void aFrameSplitByteByByteIsTheSameFrame() {
        FrameScanner scanner = new FrameScanner();
        CollectingSink sink = new CollectingSink();
        byte[] stream = concat(EXAMPLE, EXAMPLE);

        for (byte b : stream) {
            scanner.feed(new byte[] {b}, sink);
        }

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME, STANDARD_EXAMPLE_FRAME);
        assertThat(scanner.bufferedBytes()).isZero();
    }

    @Test
    void hashesNotFollowedByFourDigitsAreABadLength() {
        CollectingSink sink = scan(STRICT, concat(utf8("##01a1xyz"), EXAMPLE));

        assertThat(sink.frames).hasSize(1);
        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.BAD_LENGTH, 9));
    }

    @Test
    void aThirdHashBeforeAFrameCostsOneByte() {
        CollectingSink sink = scan(STRICT, concat(utf8("#"), EXAMPLE));

        assertThat(sink.frames).hasSize(1);
        assertThat(sink.rejectedBytes()).isEqualTo(1);
    }

    @Test
    void aSegmentLongerThan1024BytesIsTooLongForStrictFramingAndScanningResumes() {
        byte[] longFrame = Frames.oversizedFrame("CN=2011;CP=&&" + "a".repeat(1690) + "&&");

        CollectingSink sink = scan(STRICT, concat(longFrame, EXAMPLE));

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.TOO_LONG, longFrame.length));
    }

    @Test
    void lenientFramingTakesLongSegmentsUpToItsCap() {
        byte[] longFrame = Frames.oversizedFrame("CN=2011;CP=&&" + "a".repeat(1688) + "&&");

        CollectingSink sink = scan(FramingPolicy.lenient(2048), longFrame);

        assertThat(sink.frames).singleElement().satisfies(frame -> {
            assertThat(frame.dataLength()).isEqualTo(1703);
            assertThat(frame.isOversized()).isTrue();
            assertThat(frame.crcMatches(CrcProfile.STANDARD)).isTrue();
        });
    }

    @Test
    void aBareLineFeedTrailerIsBadUnderStrictFraming() {
        byte[] bareLf = frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", "\n");

        CollectingSink sink = scan(STRICT, concat(bareLf, EXAMPLE));

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.BAD_TRAILER, bareLf.length));
    }

    @Test
    void lenientFramingTakesBareLineFeedEscapedTextAndMissingTrailers() {
        byte[] stream = concat(
                frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", "\n"),
                frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", "\\r\\n"),
                frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""),
                EXAMPLE);

        CollectingSink sink = scan(FramingPolicy.lenient(1024), stream);

        assertThat(sink.frames).extracting(RawFrame::trailer)
                .containsExactly(Trailer.LF, Trailer.ESCAPED_TEXT, Trailer.NONE, Trailer.CRLF);
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void aFrameWithoutTrailerIsTakenAtOnceAndItsLateTrailerIsNotJunk() {
        FrameScanner scanner = new FrameScanner(FramingPolicy.lenient(1024));
        CollectingSink sink = new CollectingSink();

        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""), sink);
        assertThat(sink.frames).hasSize(1);
        scanner.feed(utf8("\r\n"), sink);
        scanner.feed(EXAMPLE, sink);
        scanner.finish(sink);

        assertThat(sink.frames).hasSize(2);
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void beforeTheDeviceIsKnownACrLfSentApartStillEndsItsFrame() {
        FrameScanner scanner = new FrameScanner(FramingPolicy.UNKNOWN_DEVICE);
        CollectingSink sink = new CollectingSink();

        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""), sink);
        assertThat(sink.frames).isEmpty();
        assertThat(scanner.awaitsTrailer()).isTrue();
        scanner.feed(utf8("\r\n"), sink);

        assertThat(sink.frames).extracting(RawFrame::trailer).containsExactly(Trailer.CRLF);
        assertThat(scanner.awaitsTrailer()).isFalse();
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void beforeTheDeviceIsKnownAFrameWithoutTrailerIsTakenWhenThePauseEndsOrTheNextFrameBegins() {
        FrameScanner scanner = new FrameScanner(FramingPolicy.UNKNOWN_DEVICE);
        CollectingSink sink = new CollectingSink();

        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""), sink);
        scanner.endPause(sink);
        scanner.feed(utf8("\r\n"), sink);
        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", "\n"), sink);
        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""), sink);
        scanner.feed(EXAMPLE, sink);
        scanner.finish(sink);

        assertThat(sink.frames).extracting(RawFrame::trailer)
                .containsExactly(Trailer.NONE, Trailer.LF, Trailer.NONE, Trailer.CRLF);
        assertThat(sink.rejections).as("the late CR LF of the first frame is not junk").isEmpty();
    }

    @Test
    void adoptingTheDevicesStrictPolicyJudgesWhatIsHeldAndShrinksTheBuffer() {
        FrameScanner scanner = new FrameScanner(FramingPolicy.UNKNOWN_DEVICE);
        CollectingSink sink = new CollectingSink();
        byte[] longFrame = Frames.oversizedFrame("CN=2011;CP=&&" + "x".repeat(1500) + "&&");

        scanner.feed(Arrays.copyOf(longFrame, 1200), sink);
        scanner.adopt(FramingPolicy.STRICT, sink);
        scanner.feed(Arrays.copyOfRange(longFrame, 1200, longFrame.length), sink);
        scanner.feed(EXAMPLE, sink);
        scanner.finish(sink);

        assertThat(scanner.bufferCapacity()).isEqualTo(FramingPolicy.STRICT.bufferCapacity());
        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).extracting(CollectingSink.Rejected::reason).containsExactly(FrameRejection.TOO_LONG);
        assertThat(sink.rejectedBytes()).isEqualTo(longFrame.length);
    }

    @Test
    void adoptingALenientPolicyTakesAFrameHeldForItsTrailer() {
        FrameScanner scanner = new FrameScanner(FramingPolicy.UNKNOWN_DEVICE);
        CollectingSink sink = new CollectingSink();

        scanner.feed(frame("0101", STANDARD_EXAMPLE_SEGMENT, "1C80", ""), sink);
        scanner.adopt(FramingPolicy.LENIENT, sink);

        assertThat(sink.frames).extracting(RawFrame::trailer).containsExactly(Trailer.NONE);
        assertThat(scanner.bufferCapacity()).isEqualTo(FramingPolicy.LENIENT.bufferCapacity());
    }

    @Test
    void aLengthCountedInCharactersRatherThanUtf8BytesIsABadTrailer() {
        String segment = "QN=20261123101500123;ST=31;CN=3020;PW=123456;MN=" + Frames.MN_2017
                + ";Flag=4;CP=&&DataTime=20261123101500;i11001-Info=//分析仪运行正常//&&";
        String charCount = String.format("%04d", segment.length());
        String crc = Hj212Crc.toHex(Hj212Crc.standard(utf8(segment), 0, utf8(segment).length));

        CollectingSink sink = scan(STRICT, concat(frame(charCount, segment, crc, "\r\n"), EXAMPLE));

        assertThat(sink.frameTexts()).containsExactly(STANDARD_EXAMPLE_FRAME);
        assertThat(sink.rejections).extracting(CollectingSink.Rejected::reason).containsExactly(FrameRejection.BAD_TRAILER);
    }

    @Test
    void chineseTextCountedInUtf8BytesFrames() {
        String segment = "QN=20261123101500123;ST=31;CN=3020;PW=123456;MN=" + Frames.MN_2017
                + ";Flag=4;CP=&&DataTime=20261123101500;i11001-Info=//分析仪运行正常//&&";

        CollectingSink sink = scan(STRICT, frame(segment));

        assertThat(sink.frames).singleElement().satisfies(frame -> {
            assertThat(frame.dataLength()).isEqualTo(utf8(segment).length).isGreaterThan(segment.length());
            assertThat(frame.crcMatches(CrcProfile.STANDARD)).isTrue();
        });
    }

    @Test
    void anIncompleteFrameAtTheEndOfTheStreamIsTruncated() {
        byte[] half = Arrays.copyOf(EXAMPLE, 60);

        CollectingSink sink = scan(STRICT, concat(utf8("junk"), half));

        assertThat(sink.frames).isEmpty();
        assertThat(sink.rejections).containsExactly(
                new CollectingSink.Rejected(FrameRejection.JUNK, 4),
                new CollectingSink.Rejected(FrameRejection.TRUNCATED, 60));
    }

    @Test
    void junkWithoutEndIsReportedWhenTheStreamEnds() {
        FrameScanner scanner = new FrameScanner();
        CollectingSink sink = new CollectingSink();

        for (int i = 0; i < 1000; i++) {
            scanner.feed(utf8("SSH-2.0-Go\r\n"), sink);
        }
        assertThat(sink.rejections).isEmpty();
        scanner.finish(sink);

        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.JUNK, 12_000));
    }

    @Test
    void theBufferNeverHoldsMoreThanOneLargestFrame() {
        FrameScanner scanner = new FrameScanner();
        CollectingSink sink = new CollectingSink();
        byte[] header = utf8("##1024");

        scanner.feed(header, sink);
        for (int i = 0; i < 100; i++) {
            scanner.feed(new byte[100], sink);
            assertThat(scanner.bufferedBytes()).isLessThanOrEqualTo(1036);
        }
        scanner.finish(sink);

        assertThat(scanner.bufferCapacity()).isEqualTo(1036);
        assertThat(sink.rejections).containsExactly(new CollectingSink.Rejected(FrameRejection.BAD_TRAILER, 10_006));
    }
}
