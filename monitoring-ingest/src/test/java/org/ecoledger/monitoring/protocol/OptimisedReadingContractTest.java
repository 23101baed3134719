package org.ecoledger.monitoring.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser and upload reader read words of eight bytes, take shortcuts for common items and
 * share strings; {@link ReferenceDecoder}, the first byte-at-a-time version, must read every
 * segment the same way: same header, same CP index, same deviations, same typed upload.
 */
class OptimisedReadingContractTest {

    private static final String DELIMITERS = "=;,&&//-  CP";

    @Property(tries = 3000)
    void anySegmentIsReadAsTheReferenceReadsIt(@ForAll("segments") byte[] segment,
                                               @ForAll @IntRange(max = 11) int before, @ForAll("padding") byte[] after) {
        byte[] buffer = new byte[before + segment.length + after.length];
        Arrays.fill(buffer, 0, before, (byte) ';');
        System.arraycopy(segment, 0, buffer, before, segment.length);
        System.arraycopy(after, 0, buffer, before + segment.length, after.length);

        Object expected = read(() -> ReferenceDecoder.parse(buffer, before, segment.length));
        Object actual = read(() -> DataSegmentParser.parse(buffer, before, segment.length));

        if (expected instanceof Packet reference) {
            assertThat(actual).isInstanceOf(Packet.class);
            Packet packet = (Packet) actual;
            assertThat(packet).isEqualTo(reference);
            assertThat(packet.deviations()).isEqualTo(reference.deviations());
            assertThat(index(packet.cp())).isEqualTo(index(reference.cp()));
            assertThat(Upload.of(packet)).isEqualTo(ReferenceDecoder.upload(reference));
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    /**
     * Framed segments are short, but {@link DataSegmentParser#parse(byte[])} takes any length: a CP
     * with positions past 65,535 and a dash further than 32,767 bytes from its key's start (what an
     * index of 16-bit positions could not hold) reads alike.
     */
    @Example
    void aCpWithPositionsPast65535ReadsAsTheReferenceReadsIt() {
        String header = "QN=20261123101500123;ST=31;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=";
        String longKey = "w".repeat(70_000);
        String cp = "&&DataTime=20261123101000;a21026-Rtd=1.5;" + longKey + "-Avg=2&&";
        byte[] segment = (header + cp).getBytes(StandardCharsets.US_ASCII);

        Packet packet = DataSegmentParser.parse(segment);
        Packet reference = ReferenceDecoder.parse(segment, 0, segment.length);

        assertThat(packet).isEqualTo(reference);
        assertThat(index(packet.cp())).isEqualTo(index(reference.cp()));
        assertThat(packet.cp().dash(2)).isEqualTo(segment.length - "-Avg=2&&".length());
        assertThat(Upload.of(packet)).isEqualTo(ReferenceDecoder.upload(reference));
        assertThat(Upload.of(packet).factor(longKey).orElseThrow().avg()).isEqualTo(BigDecimal.valueOf(2));
    }

    /** The packet, or the message of the exception that refused it. */
    private static Object read(Supplier<Packet> reading) {
        try {
            return reading.get();
        } catch (Hj212FormatException refused) {
            return refused.getMessage();
        }
    }

    private static List<List<Integer>> index(CommandParameters cp) {
        List<List<Integer>> items = new ArrayList<>();
        for (int item = 0; item < cp.size(); item++) {
            items.add(List.of(cp.keyStart(item), cp.keyEnd(item), cp.valueStart(item), cp.valueEnd(item), cp.dash(item),
                    cp.continuesFactor(item) ? 1 : 0));
        }
        return items;
    }

    /** Uploads as devices send them, mutated here and there with delimiters, spaces and UTF-8. */
    @Provide
    Arbitrary<byte[]> segments() {
        Arbitrary<String> upload = Arbitraries.of(Frames.MINUTE_UPLOAD_SEGMENT, Frames.STANDARD_EXAMPLE_SEGMENT,
                "ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20261123101500;011-Rtd=12.5,011-Flag=N&&",
                "CN=3020;CP=&&DataTime=20261123101500;i11001-Info=//zero; span, cal && done//;PolId=w01018&&",
                "CN=2051;CP=&&DataTime=20261123101000;a21026-SampleTime=20261123100500,a21026-ZsAvg=+1.25e1,a21026-Cou=123456789.25&&");
        Arbitrary<String> generated = Combinators.combine(new Hj212CodecPropertiesTest().headers(), new Hj212CodecPropertiesTest().cpItems())
                .as((header, cp) -> {
                    byte[] frame = Hj212Encoder.encode(header, cp);
                    return new String(frame, RawFrame.DATA_OFFSET, frame.length - FramingPolicy.FRAME_OVERHEAD, StandardCharsets.UTF_8);
                });
        Arbitrary<String> text = Arbitraries.oneOf(upload, generated);
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars(DELIMITERS).ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withChars("0123456789.-+aAw").ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("运行", "\u00e9", "\t", "a21026-", "-Avg=", "&&", "//", "CP=&&", "DataTime="));
        return Combinators.combine(text, piece.list().ofMaxSize(4), Arbitraries.integers().between(0, 1000).list().ofMaxSize(4))
                .as((segment, pieces, places) -> {
                    StringBuilder mutated = new StringBuilder(segment);
                    for (int i = 0; i < pieces.size() && i < places.size(); i++) {
                        int at = places.get(i) % (mutated.length() + 1);
                        if (i % 2 == 0 && at < mutated.length()) {
                            mutated.replace(at, Math.min(mutated.length(), at + pieces.get(i).length()), pieces.get(i));
                        } else {
                            mutated.insert(at, pieces.get(i));
                        }
                    }
                    return mutated.toString().getBytes(StandardCharsets.UTF_8);
                });
    }

    /** What follows a segment in a buffer: nothing, a CRC and trailer, or delimiters a careless reader would take. */
    @Provide
    Arbitrary<byte[]> padding() {
        return Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                Arbitraries.just("1C80\r\n".getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.strings().withChars(DELIMITERS).ofMaxLength(20).map(s -> s.getBytes(StandardCharsets.US_ASCII)));
    }
}
