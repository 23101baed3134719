package org.ecoledger.trading.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one connection sends next. Half the requests are passive limit orders a few fen behind a
 * fixed mid price (they rest), a fifth cross it by 40 fen with about one resting order's quantity
 * (they trade, sweeping a level or two, and rest what is left), and the rest cancel one of the
 * connection's own resting orders, which may have been filled meanwhile. Enterprises are drawn
 * at random, buyers and sellers alike, so a connection's orders meet every other connection's.
 *
 * <p>A connection keeps at most {@link #MOST_RESTING} orders resting, as a market maker keeps a
 * bounded set of quotes: an order placed while it has that many takes one of them away in the same
 * request. The crossing orders only sweep the best levels and the client never learns which of its
 * orders others filled (nearly half of the drawn cancellations find theirs filled), so without the
 * bound the orders deeper in the book were never taken away: the books grew for as long as a run
 * lasted, and with them every snapshot, the heap and the read model's tables.
 *
 * <p>With batches, each of a request's items is drawn the same way, and a connection trades for one
 * enterprise of its own, as a market maker's session does: its cancellations are of that
 * enterprise's resting orders, and go first in the batch.
 */
final class OrderMix {

    /** Markets of the Chengdu region; a run uses the first {@code benchmark.markets}. */
    static final List<String> MARKETS = List.of("SO2/510100/2027", "NOX/510100/2027", "COD/510100/2027", "NH3_N/510100/2027",
            "PARTICULATE/510100/2027", "VOCS/510100/2027", "TP/510100/2027", "TN/510100/2027");
    static final long MID_PRICE = 2_000;
    private static final int PASSIVE_SPREAD = 30;
    private static final int CROSSING_DEPTH = 40;
    private static final int MOST_KILOGRAMS = 100;
    /** Orders a connection keeps resting at most: 128 connections keep the four books at about 25,000 orders. */
    static final int MOST_RESTING = 200;

    enum Kind {
        PASSIVE("passive limit order"), CROSSING("crossing limit order"), CANCEL("cancel"), BATCH("order batch");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One request to send: to whom, what, on behalf of which enterprise, and how many orders and cancellations it holds. */
    record Request(Kind kind, int enterprise, String path, String json, int items) {
    }

    /** What an answer says about its items: orders placed, trades made, and each refusal as "what, reason". */
    record Answered(int placed, int trades, List<String> refusals) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Resting(int enterprise, String orderId) {
    }

    private final int connection;
    private final Participants participants;
    private final int markets;
    private final int batch;
    private final SplittableRandom random;
    private final List<Resting> resting = new ArrayList<>();
    private long sent;

    OrderMix(int connection, Participants participants, int markets, int batch) {
        this.connection = connection;
        this.participants = participants;
        this.markets = markets;
        this.batch = batch;
        this.random = new SplittableRandom(connection * 7919L + 17);
    }

    Request next() {
        return batch == 1 ? nextAlone() : nextBatch();
    }

    private Request nextAlone() {
        int draw = random.nextInt(10);
        if ((draw >= 7 || resting.size() >= MOST_RESTING) && !resting.isEmpty()) {
            Resting order = takeResting();
            return new Request(Kind.CANCEL, order.enterprise(), "/api/trading/orders/" + order.orderId(), null, 1);
        }
        int enterprise = random.nextInt(participants.size());
        boolean crossing = draw == 5 || draw == 6;
        String json = "{\"enterprise\":\"" + participants.id(enterprise) + "\"," + orderFields(crossing).substring(1);
        return new Request(crossing ? Kind.CROSSING : Kind.PASSIVE, enterprise, "/api/trading/orders", json, 1);
    }

    private Request nextBatch() {
        int enterprise = connection % participants.size();
        StringBuilder cancellations = new StringBuilder();
        StringBuilder orders = new StringBuilder();
        int items = 0;
        for (int i = 0; i < batch; i++) {
            int draw = random.nextInt(10);
            if (draw >= 7 && !resting.isEmpty()) {
                cancel(cancellations);
            } else {
                orders.append(orders.isEmpty() ? "" : ",").append(orderFields(draw == 5 || draw == 6));
                if (resting.size() >= MOST_RESTING) {
                    cancel(cancellations);
                    items++;
                }
            }
            items++;
        }
        String json = "{\"enterprise\":\"" + participants.id(enterprise) + "\",\"cancellations\":[" + cancellations
                + "],\"orders\":[" + orders + "]}";
        return new Request(Kind.BATCH, enterprise, "/api/trading/order-batches", json, items);
    }

    private void cancel(StringBuilder cancellations) {
        cancellations.append(cancellations.isEmpty() ? "\"" : ",\"").append(takeResting().orderId()).append('"');
    }

    private Resting takeResting() {
        int chosen = random.nextInt(resting.size());
        Resting order = resting.get(chosen);
        resting.set(chosen, resting.get(resting.size() - 1));
        resting.remove(resting.size() - 1);
        return order;
    }

    /** One order's fields as a JSON object, without the enterprise. */
    private String orderFields(boolean crossing) {
        boolean buy = random.nextBoolean();
        int offset = crossing ? -CROSSING_DEPTH : 1 + random.nextInt(PASSIVE_SPREAD);
        long price = buy ? MID_PRICE - offset : MID_PRICE + offset;
        return "{\"clientOrderId\":\"c" + connection + "-" + (++sent) + "\",\"quotaClass\":\"" + MARKETS.get(random.nextInt(markets))
                + "\",\"side\":\"" + (buy ? "BUY" : "SELL") + "\",\"limitPrice\":" + price + ",\"quantityKilograms\":"
                + (1 + random.nextInt(MOST_KILOGRAMS)) + "}";
    }

    /** Learns from the answer which orders rest, and so can be cancelled later, and what the answer says about its items. */
    Answered answered(Request request, LoopbackHttp.Reply reply) {
        if (request.kind() == Kind.BATCH) {
            return reply.status() == 200 ? batchAnswered(request, reply.body()) : new Answered(0, 0, List.of());
        }
        if (reply.status() == 409) {
            return new Answered(0, 0, List.of(request.kind().label + ", " + reasonIn(reply.body())));
        }
        if (request.kind() == Kind.CANCEL || !reply.ok()) {
            return new Answered(0, 0, List.of());
        }
        if (reply.status() == 201 && restingGrams(reply.body()) > 0) {
            resting.add(new Resting(request.enterprise(), field(reply.body(), "\"orderId\":\"", '"')));
        }
        return new Answered(1, tradesIn(reply.body()), List.of());
    }

    private Answered batchAnswered(Request request, String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("an order batch's answer is not JSON: " + body, e);
        }
        int placed = 0;
        int trades = 0;
        List<String> refusals = new ArrayList<>();
        for (JsonNode cancellation : answer.path("cancellations")) {
            if (cancellation.hasNonNull("refusal")) {
                refusals.add(Kind.CANCEL.label + ", " + cancellation.path("refusal").path("reason").asText());
            }
        }
        for (JsonNode order : answer.path("orders")) {
            JsonNode receipt = order.path("receipt");
            if (order.hasNonNull("refusal")) {
                refusals.add("limit order, " + order.path("refusal").path("reason").asText());
            } else {
                placed++;
                trades += receipt.path("trades").size();
                if (!receipt.path("repeated").asBoolean() && receipt.path("resting").asLong() > 0) {
                    resting.add(new Resting(request.enterprise(), receipt.path("orderId").asText()));
                }
            }
        }
        return new Answered(placed, trades, refusals);
    }

    private static String reasonIn(String problem) {
        int at = problem.indexOf("\"reason\":\"");
        return at < 0 ? "no reason" : problem.substring(at + 10, problem.indexOf('"', at + 10));
    }

    /** Trades the order made at once, one TradeSettled each in the receipt. */
    private static int tradesIn(String receipt) {
        int trades = 0;
        for (int at = receipt.indexOf("\"tradeSequence\""); at >= 0; at = receipt.indexOf("\"tradeSequence\"", at + 1)) {
            trades++;
        }
        return trades;
    }

    private static long restingGrams(String receipt) {
        return Long.parseLong(field(receipt, "\"resting\":", ','));
    }

    private static String field(String json, String key, char end) {
        int start = json.indexOf(key);
        if (start < 0) {
            throw new IllegalStateException("a receipt without " + key + ": " + json);
        }
        start += key.length();
        int stop = start;
        while (stop < json.length() && json.charAt(stop) != end && json.charAt(stop) != '}') {
            stop++;
        }
        return json.substring(start, stop);
    }
}
