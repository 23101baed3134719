package org.ecoledger.trading.platform;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The snapshots' serializer: the same JSON as every other message, written through zstd at its
 * fastest standard level. A ledger's snapshot is tens of megabytes of JSON; written as it is,
 * PostgreSQL's log took it in the middle of the orders' commits, and every commit behind it waited
 * for tens of megabytes to reach the disk. Jackson writes it straight into the compressor, without
 * the whole JSON in memory first. zstd rather than gzip because the compression is most of a
 * snapshot's cost and a snapshot competes with the orders for the same two cores: on a million
 * remembered client order IDs zstd's level 1 wrote in two thirds of the time of gzip's fastest
 * level, to a third of its size, and read back in about 60 % of its time
 * ({@code SnapshotCompressionBenchmark}). Snapshots stored
 * before are still read: gzip (1f 8b) and zstd (28 b5 2f fd) begin with bytes JSON never begins
 * with, so the first bytes say which a stored snapshot is.
 */
final class CompressedSnapshots implements Serializer {

    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;
    /** zstd's frame magic number, 0xFD2FB528, as it is stored: little-endian. */
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
    /** A snapshot is written often and read only after a restart, so the fastest standard level. */
    private static final int ZSTD_LEVEL = 1;
    private static final int BUFFER = 1 << 16;

    private final JacksonSerializer json;

    private CompressedSnapshots(JacksonSerializer json) {
        this.json = json;
    }

    static CompressedSnapshots around(Serializer serializer) {
        if (!(serializer instanceof JacksonSerializer json)) {
            throw new IllegalStateException("snapshots are compressed JSON: axon.serializer.general must be jackson, not "
                    + serializer.getClass().getName());
        }
        return new CompressedSnapshots(json);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !byte[].class.equals(expectedRepresentation)) {
            return json.serialize(object, expectedRepresentation);
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(BUFFER);
        try (OutputStream out = new ZstdOutputStreamNoFinalizer(compressed, ZSTD_LEVEL)) {
            json.getObjectMapper().writeValue(out, object);
        } catch (IOException e) {
            throw new SerializationException("Unable to serialize " + object.getClass().getName(), e);
        }
        return new SimpleSerializedObject<>((T) compressed.toByteArray(), expectedRepresentation, json.typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject.getData() instanceof byte[] data && (isZstd(data) || isGzip(data))) {
            return json.deserialize(new SimpleSerializedObject<>(decompress(data), byte[].class, serializedObject.getType()));
        }
        return json.deserialize(serializedObject);
    }

    static boolean isZstd(byte[] data) {
        return data.length > ZSTD_MAGIC.length && Arrays.equals(data, 0, ZSTD_MAGIC.length, ZSTD_MAGIC, 0, ZSTD_MAGIC.length);
    }

    static boolean isGzip(byte[] data) {
        return data.length > 2 && (data[0] & 0xff) == GZIP_FIRST && (data[1] & 0xff) == GZIP_SECOND;
    }

    static byte[] decompress(byte[] data) {
        try (InputStream in = isZstd(data)
                ? new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(data))
                : new GZIPInputStream(new ByteArrayInputStream(data), BUFFER)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SerializationException("A compressed snapshot could not be read", e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }
}
