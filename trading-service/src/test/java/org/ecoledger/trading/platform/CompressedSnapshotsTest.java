package org.ecoledger.trading.platform;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompressedSnapshotsTest {

    private final JacksonSerializer json = JacksonSerializer.builder().objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
    private final CompressedSnapshots snapshots = CompressedSnapshots.around(json);

    record Book(String market, List<Resting> orders) {
    }

    record Resting(long orderId, String enterprise, String side, long price, long remaining) {
    }

    private static Book aLargeBook() {
        return new Book("SO2/510100/2027", IntStream.range(0, 20_000)
                .mapToObj(i -> new Resting(i, "91510104MA6CHP00" + (i % 100), i % 2 == 0 ? "BUY" : "SELL", 1_900 + i % 200, 1 + i % 100))
                .toList());
    }

    @Test
    void aSnapshotIsStoredAsZstdOfItsJsonAndReadsBackEqual() {
        Book book = aLargeBook();

        SerializedObject<byte[]> stored = snapshots.serialize(book, byte[].class);

        assertThat(CompressedSnapshots.isZstd(stored.getData())).isTrue();
        assertThat(stored.getType()).isEqualTo(json.typeForClass(Book.class));
        int plain = json.serialize(book, byte[].class).getData().length;
        assertThat(stored.getData().length).isLessThan(plain / 5);
        Book read = snapshots.deserialize(stored);
        assertThat(read).isEqualTo(book);
    }

    @Test
    void aSnapshotStoredAsGzipBeforeZstdIsStillRead() throws IOException {
        Book book = aLargeBook();
        SerializedObject<byte[]> plain = json.serialize(book, byte[].class);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(plain.getData());
        }

        Book read = snapshots.deserialize(new SimpleSerializedObject<>(gzipped.toByteArray(), byte[].class, plain.getType()));

        assertThat(read).isEqualTo(book);
    }

    @Test
    void aSnapshotStoredAsPlainJsonBeforeCompressionIsStillRead() {
        Book book = aLargeBook();

        Book read = snapshots.deserialize(json.serialize(book, byte[].class));

        assertThat(read).isEqualTo(book);
    }

    @Test
    void metaDataRoundTripsAsWell() {
        MetaData metaData = MetaData.from(Map.of("traceId", "abc"));

        MetaData read = snapshots.deserialize(snapshots.serialize(metaData, byte[].class));

        assertThat(read).isEqualTo(metaData);
    }

    @Test
    void snapshotsCannotBeCompressedJsonWithoutAJsonSerializer() {
        assertThatThrownBy(() -> CompressedSnapshots.around(org.axonframework.serialization.xml.XStreamSerializer.defaultSerializer()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("axon.serializer.general must be jackson");
    }
}
