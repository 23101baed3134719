package org.ecoledger.trading.orders;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.common.trading.command.PlaceOrder;
import org.ecoledger.trading.ledger.ExecuteOrders;
import org.ecoledger.trading.platform.TradingServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for orders. Each trading area has one writer thread that takes every order and
 * cancellation waiting for that area and sends them to the ledger as one {@link ExecuteOrders}:
 * one load, one append of all their events, one commit. Alone, an order goes at once; under load
 * the orders that arrive while a batch commits form the next batch, so the commit cost is shared
 * instead of queueing. The ledger still decides them one by one, in arrival order.
 */
@Component
public class OrderGateway implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OrderGateway.class);

    private record Pending(Object request, CompletableFuture<Object> answer) {
    }

    private final CommandGateway commands;
    private final int maxBatch;
    private final DistributionSummary batchSizes;
    private final Timer batchTimes;
    private final Map<TradingAreaId, Writer> writers = new ConcurrentHashMap<>();

    OrderGateway(CommandGateway commands, TradingServiceProperties properties, MeterRegistry meters) {
        this.commands = commands;
        this.maxBatch = properties.maxBatch();
        this.batchSizes = DistributionSummary.builder("ecoledger.trading.order.batch.size")
                .description("orders and cancellations committed together").register(meters);
        this.batchTimes = Timer.builder("ecoledger.trading.order.batch.duration")
                .description("deciding, appending and committing one batch, until its answers are known").register(meters);
    }

    /** The ledger's answer: an outcome, or the exception the request failed with alone. */
    public CompletableFuture<Object> place(PlaceOrder order) {
        return submit(order.area(), order);
    }

    public CompletableFuture<Object> cancel(CancelOrder cancel) {
        return submit(cancel.area(), cancel);
    }

    /**
     * Several requests of one client at once, queued together in the order given, so that each area's
     * ledger decides them in that order and usually in one unit of work.
     */
    public List<CompletableFuture<Object>> submitAll(List<?> requests) {
        List<CompletableFuture<Object>> answers = new ArrayList<>(requests.size());
        for (Object request : requests) {
            if (request instanceof PlaceOrder place) {
                answers.add(place(place));
            } else if (request instanceof CancelOrder cancel) {
                answers.add(cancel(cancel));
            } else {
                throw new IllegalArgumentException("the gateway takes orders and cancellations only");
            }
        }
        return answers;
    }

    private CompletableFuture<Object> submit(TradingAreaId area, Object request) {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        writers.computeIfAbsent(area, Writer::new).queue.add(new Pending(request, answer));
        return answer;
    }

    /**
     * Waits for a request's answer: the ledger's outcome. The exception the request failed with, alone
     * or with its whole batch, is thrown as is, so that the problem advice maps it.
     */
    static Object outcomeOf(CompletableFuture<Object> pending) {
        Object outcome;
        try {
            outcome = pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (outcome instanceof RuntimeException failure) {
            throw failure;
        }
        return outcome;
    }

    @Override
    public void destroy() {
        writers.values().forEach(writer -> writer.thread.interrupt());
    }

    private final class Writer implements Runnable {

        private final TradingAreaId area;
        private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private final Thread thread;

        Writer(TradingAreaId area) {
            this.area = area;
            this.thread = new Thread(this, "order-writer-" + area);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(maxBatch);
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Pending first = queue.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    execute(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    batch.clear();
                }
            }
        }

        private void execute(List<Pending> batch) {
            batchSizes.record(batch.size());
            long start = System.nanoTime();
            try {
                List<Object> results = commands.sendAndWait(new ExecuteOrders(area, batch.stream().map(Pending::request).toList()));
                batchTimes.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).answer().complete(results.get(i));
                }
            } catch (RuntimeException failure) {
                // Nothing of this batch committed: every order in it fails, and its client may send it again.
                log.warn("an order batch of {} for {} failed", batch.size(), area, failure);
                batch.forEach(pending -> pending.answer().completeExceptionally(failure));
            }
        }
    }
}
