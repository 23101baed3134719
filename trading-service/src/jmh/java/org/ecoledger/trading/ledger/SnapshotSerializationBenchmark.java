package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The part of a ledger's snapshot that grows with its use: every enterprise's remembered client
 * order IDs, as the end-to-end benchmark leaves them (100 enterprises, 10,000 IDs each, the ring
 * wrapped). One operation writes them all as JSON to a stream that only counts, so the figure is
 * the serialization's own, without the compression the snapshot then goes through.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SnapshotSerializationBenchmark {

    private static final int ENTERPRISES = 100;

    private final ObjectMapper json = new ObjectMapper();
    private Map<String, ?> remembered;

    @Setup
    public void remember() {
        remembered = rememberedAsTheEndToEndBenchmarkLeavesThem();
    }

    /**
     * Every enterprise's remembered IDs, by enterprise, as a ledger's snapshot holds them; the IDs
     * are shaped as the end-to-end benchmark's clients make them. Also what the snapshot
     * compression benchmark compresses.
     */
    public static Map<String, ?> rememberedAsTheEndToEndBenchmarkLeavesThem() {
        Map<String, RecentClientOrders> remembered = new HashMap<>();
        long order = 0;
        for (int enterprise = 0; enterprise < ENTERPRISES; enterprise++) {
            RecentClientOrders recent = new RecentClientOrders(TradingLedger.REMEMBERED_CLIENT_ORDER_IDS);
            for (int sent = 1; sent <= TradingLedger.REMEMBERED_CLIENT_ORDER_IDS + 2_500; sent++) {
                recent.remember("c" + enterprise + "-" + sent, ++order);
            }
            remembered.put("91510100MA" + String.format("%08d", enterprise), recent);
        }
        return remembered;
    }

    @Benchmark
    public long rememberedClientOrderIds() throws IOException {
        Counting out = new Counting();
        json.writeValue(out, remembered);
        return out.bytes;
    }

    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
