package org.ecoledger.permit.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * One simulated user taking permits through application, completeness check, issuance,
 * suspension and reinstatement, one command at a time. In an open-loop run every command has a
 * due time on a fixed schedule and its latency counts from then: when the service stalls, the
 * commands that should have gone out meanwhile are charged the wait (no coordinated omission).
 */
final class BenchmarkClient implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PermitHttp http;
    private final EnterprisePool enterprises;
    private final String reviewerToken;
    private final Window window;
    private final long intervalNanos;
    private final long firstDue;
    private final Tally tally = new Tally();

    private PermitCommand next = PermitCommand.APPLY;
    private EnterprisePool.Member enterprise;
    private String permitId;

    /** An interval of 0 means closed loop: each command goes out as soon as the previous one is answered. */
    BenchmarkClient(PermitHttp http, EnterprisePool enterprises, String reviewerToken, Window window, long intervalNanos, long firstDue) {
        this.http = http;
        this.enterprises = enterprises;
        this.reviewerToken = reviewerToken;
        this.window = window;
        this.intervalNanos = intervalNanos;
        this.firstDue = firstDue;
    }

    Tally tally() {
        return tally;
    }

    @Override
    public void run() {
        try {
            loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            tally.stopped(e);
        }
    }

    private void loop() throws InterruptedException {
        long due = firstDue;
        while (due < window.end() && System.nanoTime() < window.end()) {
            Window.sleepUntil(due);
            long sent = System.nanoTime();
            PermitHttp.Reply reply = send();
            long answered = System.nanoTime();
            long from = openLoop() ? due : sent;
            tally.record(next, window.measures(from), reply, answered - from);
            advance(reply);
            due = openLoop() ? due + intervalNanos : answered;
        }
    }

    private boolean openLoop() {
        return intervalNanos > 0;
    }

    private PermitHttp.Reply send() throws InterruptedException {
        if (next == PermitCommand.APPLY) {
            enterprise = enterprises.next();
        }
        String token = next.sentByEnterprise() ? enterprise.token() : reviewerToken;
        return http.post(next.path(enterprise.id(), permitId), token, next.body());
    }

    /** After a failure the permit is in a state the client cannot know, so it starts on a new one. */
    private void advance(PermitHttp.Reply reply) {
        if (!reply.ok()) {
            next = PermitCommand.APPLY;
            return;
        }
        if (next == PermitCommand.APPLY) {
            permitId = permitIdIn(reply.body());
        }
        next = next.next();
    }

    private static String permitIdIn(String body) {
        try {
            return JSON.readTree(body).path("permitId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("an application was accepted without a readable permit ID: " + body, e);
        }
    }
}
