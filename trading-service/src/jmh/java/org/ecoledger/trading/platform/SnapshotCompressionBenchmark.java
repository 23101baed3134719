package org.ecoledger.trading.platform;

import org.axonframework.serialization.json.JacksonSerializer;
import org.ecoledger.trading.ledger.SnapshotSerializationBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * What compressing a ledger's snapshot costs, written and read, with the snapshots' serializer
 * (zstd) against the gzip at its fastest level that it replaced, on the part of a snapshot that
 * grows with use: a million remembered client order IDs (see {@link SnapshotSerializationBenchmark}),
 * about 24 MB of JSON. Each writing operation is the whole serialization, JSON included, as the
 * snapshot thread does it; each reading one only undoes the compression, since the JSON read
 * after it is the same for both. The compressed sizes are printed at the start.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SnapshotCompressionBenchmark {

    private final JacksonSerializer json = JacksonSerializer.builder().objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
    private final CompressedSnapshots snapshots = CompressedSnapshots.around(json);
    private Map<String, ?> remembered;
    private byte[] zstd;
    private byte[] gzip;

    @Setup
    public void compressOnce() throws IOException {
        remembered = SnapshotSerializationBenchmark.rememberedAsTheEndToEndBenchmarkLeavesThem();
        zstd = writeZstd();
        gzip = writeGzipBestSpeed();
        int plain = json.getObjectMapper().writeValueAsBytes(remembered).length;
        System.out.printf("%nJSON %,d bytes; zstd %,d (%.1f %%); gzip at its fastest level %,d (%.1f %%)%n",
                plain, zstd.length, 100.0 * zstd.length / plain, gzip.length, 100.0 * gzip.length / plain);
    }

    @Benchmark
    public byte[] writeZstd() {
        return snapshots.serialize(remembered, byte[].class).getData();
    }

    /** How snapshots were written before zstd. */
    @Benchmark
    public byte[] writeGzipBestSpeed() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 16);
        try (OutputStream out = new GZIPOutputStream(compressed, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            json.getObjectMapper().writeValue(out, remembered);
        }
        return compressed.toByteArray();
    }

    @Benchmark
    public byte[] readZstd() {
        return CompressedSnapshots.decompress(zstd);
    }

    @Benchmark
    public byte[] readGzip() {
        return CompressedSnapshots.decompress(gzip);
    }
}
