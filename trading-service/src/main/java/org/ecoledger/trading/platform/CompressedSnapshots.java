package org.ecoledger.trading.platform;

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
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The snapshots' serializer: the same JSON as every other message, written through gzip at its
 * fastest level. A ledger's snapshot is tens of megabytes of JSON; written as it is, PostgreSQL's
 * log took it in the middle of the orders' commits, and every commit behind it waited for tens of
 * megabytes to reach the disk. Compressed it is about a tenth, and Jackson writes it straight
 * into the compressor, without the whole JSON in memory first. A snapshot stored uncompressed
 * (before this) is still read: gzip's first two bytes can never begin JSON.
 */
final class CompressedSnapshots implements Serializer {

    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;
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
        try (OutputStream out = new FastestGzip(compressed)) {
            json.getObjectMapper().writeValue(out, object);
        } catch (IOException e) {
            throw new SerializationException("Unable to serialize " + object.getClass().getName(), e);
        }
        return new SimpleSerializedObject<>((T) compressed.toByteArray(), expectedRepresentation, json.typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject.getData() instanceof byte[] data && isGzip(data)) {
            return json.deserialize(new SimpleSerializedObject<>(decompress(data), byte[].class, serializedObject.getType()));
        }
        return json.deserialize(serializedObject);
    }

    static boolean isGzip(byte[] data) {
        return data.length > 2 && (data[0] & 0xff) == GZIP_FIRST && (data[1] & 0xff) == GZIP_SECOND;
    }

    private static byte[] decompress(byte[] data) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), BUFFER)) {
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

    /** Level 1: a snapshot is written often and read only after a restart. */
    private static final class FastestGzip extends GZIPOutputStream {

        FastestGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
