package org.ecoledger.launcher;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes what the launcher started in the reverse order of starting it, so that services stop while
 * the database and broker they flush to are still there. One failing step does not keep the others
 * from running.
 */
final class ShutdownSequence {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

    private record Step(String name, AutoCloseable resource) {}

    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean finished;

    /**
     * Registers something just started. If shutdown already ran (Ctrl+C during startup), it is closed
     * at once rather than left running.
     */
    synchronized void add(String name, AutoCloseable resource) {
        Step step = new Step(name, resource);
        if (finished) {
            close(step);
        } else {
            steps.push(step);
        }
    }

    synchronized void run() {
        if (!steps.isEmpty()) {
            LOG.info("Stopping the local platform");
        }
        while (!steps.isEmpty()) {
            close(steps.pop());
        }
        finished = true;
    }

    private static void close(Step step) {
        long started = System.nanoTime();
        try {
            step.resource().close();
            LOG.info("Stopped {} in {} ms", step.name(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("Could not stop {} cleanly", step.name(), e);
        }
    }
}
