package org.ecoledger.monitoring.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.concat;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class Hj212CodecPropertiesTest {

    private static final Hj212Reader READER = new Hj212Reader(CrcPolicy.standardOnly());

    @Property
    void anyPacketTheEncoderWritesDecodesToTheSameContent(@ForAll("headers") Header header, @ForAll("cpItems") List<CpItem> cp) {
        byte[] encoded = Hj212Encoder.encode(header, cp);

        CollectingSink sink = CollectingSink.scan(FramingPolicy.STRICT, encoded);

        assertThat(sink.rejections).isEmpty();
        RawFrame frame = sink.frames.get(0);
        assertThat(frame.crcMatches(CrcProfile.STANDARD)).isTrue();
        Packet packet = DataSegmentParser.parse(frame);
        assertThat(packet.header()).isEqualTo(header);
        assertThat(packet.cp().items()).isEqualTo(cp);
        assertThat(packet.extraHeaderFields()).isEmpty();
        assertThat(packet.deviations()).extracting(Deviation::type)
                .doesNotContain(Deviation.Type.SEPARATOR_MISMATCH, Deviation.Type.MALFORMED_CP_ITEM, Deviation.Type.MISSING_SEPARATOR);
    }

    @Property
    void anyByteStreamIsScannedAndParsedWithoutSurpriseWithinTheBufferBound(
            @ForAll("streams") byte[] stream, @ForAll @IntRange(min = 1, max = 700) int chunk, @ForAll boolean lenient) {
        FramingPolicy policy = lenient ? FramingPolicy.lenient(4096) : FramingPolicy.STRICT;
        FrameScanner scanner = new FrameScanner(policy);
        CollectingSink sink = new CollectingSink();

        for (int offset = 0; offset < stream.length; offset += chunk) {
            scanner.feed(stream, offset, Math.min(chunk, stream.length - offset), sink);
            assertThat(scanner.bufferedBytes()).isLessThan(policy.bufferCapacity());
        }
        scanner.finish(sink);

        assertThat(scanner.bufferedBytes()).isZero();
        long framed = sink.frames.stream().mapToLong(RawFrame::length).sum();
        assertThat(framed + sink.rejectedBytes()).isLessThanOrEqualTo(stream.length);
        sink.frames.forEach(Hj212CodecPropertiesTest::readWithoutSurprise);
    }

    @Property
    void pausesAndAChangeOfPolicyMidStreamKeepTheBufferBoundAndLoseNoByteUnaccounted(
            @ForAll("streams") byte[] stream, @ForAll @IntRange(min = 1, max = 700) int chunk,
            @ForAll @IntRange(max = 20) int bindAfterChunks, @ForAll boolean bindStrict) {
        FrameScanner scanner = new FrameScanner(FramingPolicy.UNKNOWN_DEVICE);
        FramingPolicy bound = bindStrict ? FramingPolicy.STRICT : FramingPolicy.LENIENT;
        CollectingSink sink = new CollectingSink();

        for (int offset = 0, chunks = 0; offset < stream.length; offset += chunk, chunks++) {
            if (chunks == bindAfterChunks) {
                scanner.adopt(bound, sink);
            }
            scanner.feed(stream, offset, Math.min(chunk, stream.length - offset), sink);
            if (scanner.awaitsTrailer() && chunks % 2 == 0) {
                scanner.endPause(sink);
            }
            assertThat(scanner.bufferedBytes()).isLessThan(Math.max(FramingPolicy.UNKNOWN_DEVICE.bufferCapacity(), bound.bufferCapacity()));
        }
        scanner.finish(sink);

        assertThat(scanner.bufferedBytes()).isZero();
        long framed = sink.frames.stream().mapToLong(RawFrame::length).sum();
        assertThat(framed + sink.rejectedBytes()).isLessThanOrEqualTo(stream.length);
        sink.frames.forEach(Hj212CodecPropertiesTest::readWithoutSurprise);
    }

    @Property
    void splittingAStreamAnywhereYieldsTheSameFramesAndRejections(
            @ForAll("streams") byte[] stream, @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 400) Integer> chunks) {
        CollectingSink whole = CollectingSink.scan(FramingPolicy.STRICT, stream);

        CollectingSink split = scanInChunks(FramingPolicy.STRICT, stream, chunks);

        assertThat(split.frames).isEqualTo(whole.frames);
        assertThat(split.rejections).isEqualTo(whole.rejections);
    }

    @Property
    void lenientFramingSplitAnywhereYieldsTheSameDataSegments(
            @ForAll("streams") byte[] stream, @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 400) Integer> chunks) {
        FramingPolicy lenient = FramingPolicy.lenient(2048);
        CollectingSink whole = CollectingSink.scan(lenient, stream);

        CollectingSink split = scanInChunks(lenient, stream, chunks);

        assertThat(dataSegments(split)).isEqualTo(dataSegments(whole));
    }

    @Property
    void theStandardCrcEqualsTheBitwiseRoutineOfAppendixA(@ForAll @Size(max = 1100) byte[] data, @ForAll @IntRange(max = 16) int offset) {
        int start = Math.min(offset, data.length);

        assertThat(Hj212Crc.standard(data, start, data.length - start)).isEqualTo(appendixA(data, start, data.length));
    }

    /** The routine as the standard prints it, one bit at a time. */
    private static int appendixA(byte[] data, int start, int end) {
        int reg = 0xFFFF;
        for (int i = start; i < end; i++) {
            reg = (reg >> 8) ^ (data[i] & 0xFF);
            for (int bit = 0; bit < 8; bit++) {
                int lsb = reg & 1;
                reg >>= 1;
                if (lsb != 0) {
                    reg ^= 0xA001;
                }
            }
        }
        return reg;
    }

    @Property
    void theStandardCrcOfAnyNonEmptyInputTakesOnly256Values(@ForAll @Size(min = 1) byte[] data) {
        assertThat(Hj212Crc.standard(data, 0, data.length) & 0xFF).isIn(0x00, 0x01, 0x40, 0x41, 0x80, 0x81, 0xC0, 0xC1);
    }

    private static List<String> dataSegments(CollectingSink sink) {
        return sink.frames.stream().map(frame -> new String(frame.dataSegment(), StandardCharsets.ISO_8859_1)).toList();
    }

    private static CollectingSink scanInChunks(FramingPolicy policy, byte[] stream, List<Integer> chunks) {
        FrameScanner scanner = new FrameScanner(policy);
        CollectingSink sink = new CollectingSink();
        int offset = 0;
        for (int i = 0; offset < stream.length; i++) {
            int length = chunks.isEmpty() ? 1 : Math.min(chunks.get(i % chunks.size()), stream.length - offset);
            scanner.feed(stream, offset, length, sink);
            offset += length;
        }
        scanner.finish(sink);
        return sink;
    }

    /** Device input may be refused only with the documented exception, and typed views never throw. */
    static void readWithoutSurprise(RawFrame frame) {
        try {
            Packet packet = DataSegmentParser.parse(frame);
            Upload.of(packet);
            Acknowledgements.answerFor(packet);
            Acknowledgements.requestAnswerFor(packet, QnRtn.MN_ERROR);
            packet.cp().items();
        } catch (Hj212FormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        READER.read(frame);
    }

    @Provide
    Arbitrary<Header> headers() {
        Arbitrary<String> qn = Arbitraries.strings().numeric().ofLength(17).injectNull(0.2);
        Arbitrary<String> st = Arbitraries.of("21", "22", "31", "32", "91", "A1").injectNull(0.1);
        Arbitrary<String> cn = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<String> mn = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(24),
                Arbitraries.strings().alpha().numeric().ofLength(14),
                tokens()).injectNull(0.1);
        Arbitrary<Integer> flag = Arbitraries.integers().between(0, 255).injectNull(0.2);
        Arbitrary<Integer> packetNumber = Arbitraries.integers().between(1, 9999).injectNull(0.7);
        return Combinators.combine(qn, st, cn, tokens().injectNull(0.2), mn, flag, packetNumber, packetNumber)
                .as(Header::new);
    }

    @Provide
    Arbitrary<List<CpItem>> cpItems() {
        Arbitrary<String> factor = Arbitraries.of("a21026", "a21002", "w01018", "a00000", "i11001", "SB1");
        Arbitrary<String> suffix = Arbitraries.of("Rtd", "Avg", "Min", "Max", "Cou", "Flag", "ZsAvg", "Info");
        Arbitrary<String> factorKey = Combinators.combine(factor, suffix).as((code, field) -> code + "-" + field);
        Arbitrary<String> key = Arbitraries.oneOf(factorKey, factorKey, Arbitraries.of("DataTime", "PolId"), tokens());
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1e6), BigDecimal.valueOf(1e6))
                        .ofScale(3).map(BigDecimal::toPlainString),
                plainValues(),
                textValues());
        return Combinators.combine(key, value).as(CpItem::new).list().ofMaxSize(12);
    }

    /** Non-empty text without the header's delimiters or outer spaces, CJK included. */
    private static Arbitrary<String> tokens() {
        return Arbitraries.strings()
                .withCharRange('!', '~').withCharRange('\u4e00', '\u4e20').withChars(' ')
                .excludeChars(';', ',', '=', '&')
                .ofMinLength(1).ofMaxLength(10)
                .filter(text -> !text.startsWith(" ") && !text.endsWith(" "));
    }

    private static Arbitrary<String> plainValues() {
        return Arbitraries.strings()
                .withCharRange('!', '~').withCharRange('\u4e00', '\u4e20').withChars(' ')
                .excludeChars(';', ',')
                .ofMaxLength(12)
                .filter(text -> !text.startsWith(" ") && !text.endsWith(" ") && !text.startsWith("//")
                        && !text.contains("&&") && !text.endsWith("&"));
    }

    private static Arbitrary<String> textValues() {
        return Arbitraries.strings()
                .withCharRange(' ', '~').withCharRange('\u4e00', '\u4e20')
                .ofMaxLength(16)
                .filter(text -> !text.contains("//") && !text.endsWith("/"))
                .map(text -> "//" + text + "//");
    }

    /** Streams built from what arrives on a public HJ 212 port: frames, near-frames and junk. */
    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<byte[]> validFrame = Combinators.combine(headers(), cpItems())
                .as(Hj212Encoder::encode);
        Arbitrary<byte[]> fixed = Arbitraries.of(
                utf8(Frames.STANDARD_EXAMPLE_FRAME),
                Hj212Encoder.frame(utf8(Frames.MINUTE_UPLOAD_SEGMENT)),
                utf8("GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
                utf8("SSH-2.0-Go\r\n"),
                new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xA5, 0x01},
                utf8("#"), utf8("##"), utf8("##0101"), utf8("##9999"), utf8("##01a1"),
                utf8("\r"), utf8("\n"), utf8("\r\n"), utf8("\\r\\n"), utf8("&&"), utf8("CP=&&"), utf8("//"));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> truncated = validFrame.flatMap(frame -> Arbitraries.integers().between(0, frame.length)
                .map(cut -> Arrays.copyOf(frame, cut)));
        return Arbitraries.frequencyOf(
                        Tuple.of(3, validFrame),
                        Tuple.of(4, fixed),
                        Tuple.of(2, noise),
                        Tuple.of(1, truncated))
                .list().ofMaxSize(10)
                .map(parts -> concat(parts.toArray(new byte[0][])));
    }
}
