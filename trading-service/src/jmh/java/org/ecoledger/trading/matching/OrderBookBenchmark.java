package org.ecoledger.trading.matching;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Order commands per second on one thread for one busy market ({@link OrderFlow}): one operation is
 * one place or cancel command, with its matching and its events to a sink that only counts. Each
 * invocation replays the same recorded stream against a fresh copy of the same starting book,
 * restored from its snapshot outside the measured time, so every invocation does the same work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
public class OrderBookBenchmark {

    private static final int COMMANDS = 500_000;
    private static final int RESTING_ORDERS = 5_000;

    @Param({"fast", "reference"})
    public String implementation;

    private OrderFlow flow;
    private OrderBook book;
    private final CountingSink sink = new CountingSink();

    @Setup(Level.Trial)
    public void recordFlow() {
        flow = OrderFlow.generate(20261123L, RESTING_ORDERS, COMMANDS);
        System.out.println(flow.description);
    }

    @Setup(Level.Invocation)
    public void restoreStartingBook() {
        book = implementation.equals("fast") ? FastOrderBook.restore(flow.start) : ReferenceOrderBook.restore(flow.start);
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS)
    public long placeAndCancel() {
        flow.replay(book, sink);
        return sink.traded;
    }

    /** Sums what it is told so that nothing is optimised away; allocates nothing. */
    private static final class CountingSink implements MatchSink {

        long events;
        long traded;

        @Override
        public void onAccepted(long orderId, long owner, Side side, long limitPrice, long quantity) {
            events++;
        }

        @Override
        public void onRejected(long orderId, long owner, RejectionReason reason) {
            throw new IllegalStateException("order " + orderId + " was rejected in the benchmark: " + reason);
        }

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                            long price, long quantity, Side takerSide, long makerRemaining) {
            traded += quantity;
        }

        @Override
        public void onRested(long orderId, long owner, Side side, long price, long remaining) {
            events++;
        }

        @Override
        public void onCancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause) {
            events++;
        }
    }
}
