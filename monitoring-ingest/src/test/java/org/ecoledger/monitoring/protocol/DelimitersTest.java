package org.ecoledger.monitoring.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.protocol.Frames.MINUTE_UPLOAD_SEGMENT;
import static org.ecoledger.monitoring.protocol.Frames.utf8;

class DelimitersTest {

    /** Bytes a careless reader would take for delimiters: the same low seven bits with the high bit set. */
    private static final byte[] LOOK_ALIKES = {(byte) (';' | 0x80), (byte) (',' | 0x80), (byte) ('=' | 0x80), (byte) ('&' | 0x80)};

    @Property(tries = 2000)
    void everyDelimiterIsFoundInTurnWhereverTheRangeStartsAndEnds(@ForAll("buffers") byte[] bytes,
                                                                @ForAll("fractions") double start, @ForAll("fractions") double stop) {
        int from = (int) (start * bytes.length);
        int end = from + (int) (stop * (bytes.length - from));
        Delimiters delimiters = new Delimiters(bytes, from, end);

        for (int at = from; at <= end; at++) {
            assertThat(delimiters.next(at)).as("next from %d in [%d, %d)", at, from, end).isEqualTo(naiveNext(bytes, at, end));
            assertThat(delimiters.countFrom(at)).isEqualTo(naiveCount(bytes, at, end));
        }
        assertThat(walk(delimiters, from)).isEqualTo(naiveWalk(bytes, from, end));
    }

    @Test
    void anUploadsDelimitersAreItsSeparatorsEqualsSignsAndAmpersands() {
        byte[] segment = utf8(MINUTE_UPLOAD_SEGMENT);
        Delimiters delimiters = new Delimiters(segment, 0, segment.length);

        assertThat(walk(delimiters, 0)).isEqualTo(naiveWalk(segment, 0, segment.length));
        assertThat(delimiters.countFrom(0)).isEqualTo(MINUTE_UPLOAD_SEGMENT.replaceAll("[^;,=&]", "").length());
    }

    @Test
    void aByteWithItsHighBitSetIsNeverADelimiterNorHidesTheOneAfterIt() {
        byte[] bytes = new byte[40];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 5 == 4 ? (byte) ';' : LOOK_ALIKES[i % LOOK_ALIKES.length];
        }
        Delimiters delimiters = new Delimiters(bytes, 0, bytes.length);

        assertThat(walk(delimiters, 0)).containsExactly(4, 9, 14, 19, 24, 29, 34, 39);
    }

    @Test
    void nothingOutsideTheRangeIsMarkedEvenWhenWordsAreReadAcrossItsEnds() {
        byte[] bytes = utf8(";;;;;;;;;;a=1;;;;;;;;;;;;;");
        Delimiters delimiters = new Delimiters(bytes, 10, 13);

        assertThat(delimiters.next(10)).isEqualTo(11);
        assertThat(delimiters.next(12)).isEqualTo(13);
        assertThat(delimiters.countFrom(10)).isEqualTo(1);
    }

    private static List<Integer> walk(Delimiters delimiters, int from) {
        List<Integer> found = new ArrayList<>();
        for (int at = delimiters.next(from), end = delimiters.next(Integer.MAX_VALUE); at < end; at = delimiters.next(at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static List<Integer> naiveWalk(byte[] bytes, int from, int end) {
        List<Integer> found = new ArrayList<>();
        for (int at = from; at < end; at++) {
            if (isDelimiter(bytes[at])) {
                found.add(at);
            }
        }
        return found;
    }

    private static int naiveNext(byte[] bytes, int from, int end) {
        for (int at = from; at < end; at++) {
            if (isDelimiter(bytes[at])) {
                return at;
            }
        }
        return end;
    }

    private static int naiveCount(byte[] bytes, int from, int end) {
        return naiveWalk(bytes, from, end).size();
    }

    private static boolean isDelimiter(byte b) {
        return b == ';' || b == ',' || b == '=' || b == '&';
    }

    @Provide
    Arbitrary<byte[]> buffers() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(
                Arbitraries.of((byte) ';', (byte) ',', (byte) '=', (byte) '&', (byte) 'a', (byte) '0', (byte) '-', (byte) ' '),
                Arbitraries.of(LOOK_ALIKES[0], LOOK_ALIKES[1], LOOK_ALIKES[2], LOOK_ALIKES[3], (byte) 0xE8, (byte) 0x80, (byte) 0xFF),
                Arbitraries.bytes());
        return bytes.array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1).edgeCases(config -> config.includeOnly(0.0, 1.0));
    }
}
