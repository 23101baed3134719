package org.ecoledger.trading.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one connection sends next. Half the requests are passive limit orders a few fen behind a
 * fixed mid price (they rest), a fifth cross it by 40 fen with about one resting order's quantity
 * (they trade, sweeping a level or two, and rest what is left), and the rest cancel one of the
 * connection's own resting orders, which may have been filled meanwhile. Placing and taking
 * away then balance, so the books stay the same size however long the run. Enterprises are drawn
 * at random, buyers and sellers alike, so a connection's orders meet every other connection's.
 */
final class OrderMix {

    /** Markets of the Chengdu region; a run uses the first {@code benchmark.markets}. */
    static final List<String> MARKETS = List.of("SO2/510100/2027", "NOX/510100/2027", "COD/510100/2027", "NH3_N/510100/2027",
            "PARTICULATE/510100/2027", "VOCS/510100/2027", "TP/510100/2027", "TN/510100/2027");
    static final long MID_PRICE = 2_000;
    private static final int PASSIVE_SPREAD = 30;
    private static final int CROSSING_DEPTH = 40;
    private static final int MOST_KILOGRAMS = 100;
    /** Enough for cancels to choose from; past it new resting orders are left to be filled by others. */
    private static final int REMEMBERED_RESTING = 2_000;

    enum Kind {
        PASSIVE("passive limit order"), CROSSING("crossing limit order"), CANCEL("cancel");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One request to send: to whom, what, and on behalf of which enterprise. */
    record Request(Kind kind, int enterprise, String path, String json) {
    }

    private record Resting(int enterprise, String orderId) {
    }

    private final int connection;
    private final Participants participants;
    private final int markets;
    private final SplittableRandom random;
    private final List<Resting> resting = new ArrayList<>();
    private long sent;

    OrderMix(int connection, Participants participants, int markets) {
        this.connection = connection;
        this.participants = participants;
        this.markets = markets;
        this.random = new SplittableRandom(connection * 7919L + 17);
    }

    Request next() {
        int draw = random.nextInt(10);
        if (draw >= 7 && !resting.isEmpty()) {
            int chosen = random.nextInt(resting.size());
            Resting order = resting.get(chosen);
            resting.set(chosen, resting.get(resting.size() - 1));
            resting.remove(resting.size() - 1);
            return new Request(Kind.CANCEL, order.enterprise(), "/api/trading/orders/" + order.orderId(), null);
        }
        boolean crossing = draw >= 5 && draw < 7;
        boolean buy = random.nextBoolean();
        int offset = crossing ? -CROSSING_DEPTH : 1 + random.nextInt(PASSIVE_SPREAD);
        long price = buy ? MID_PRICE - offset : MID_PRICE + offset;
        int enterprise = random.nextInt(participants.size());
        String json = "{\"enterprise\":\"" + participants.id(enterprise) + "\",\"clientOrderId\":\"c" + connection + "-" + (++sent)
                + "\",\"quotaClass\":\"" + MARKETS.get(random.nextInt(markets)) + "\",\"side\":\"" + (buy ? "BUY" : "SELL")
                + "\",\"limitPrice\":" + price + ",\"quantityKilograms\":" + (1 + random.nextInt(MOST_KILOGRAMS)) + "}";
        return new Request(crossing ? Kind.CROSSING : Kind.PASSIVE, enterprise, "/api/trading/orders", json);
    }

    /** Learns from a placed order's receipt whether it rests, and so can be cancelled later. */
    void answered(Request request, LoopbackHttp.Reply reply) {
        if (request.kind() != Kind.CANCEL && reply.status() == 201 && resting.size() < REMEMBERED_RESTING && restingGrams(reply.body()) > 0) {
            resting.add(new Resting(request.enterprise(), field(reply.body(), "\"orderId\":\"", '"')));
        }
    }

    /** Trades the order made at once, one TradeSettled each in the receipt. */
    static int tradesIn(String receipt) {
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
