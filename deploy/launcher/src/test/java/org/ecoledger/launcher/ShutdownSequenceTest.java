package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownSequenceTest {

    private final List<String> closed = new ArrayList<>();
    private final ShutdownSequence shutdown = new ShutdownSequence();

    @Test
    void closesInTheReverseOrderOfStarting() {
        shutdown.add("infrastructure", () -> closed.add("infrastructure"));
        shutdown.add("tokens", () -> closed.add("tokens"));
        shutdown.add("permit-service", () -> closed.add("permit-service"));

        shutdown.run();

        assertThat(closed).containsExactly("permit-service", "tokens", "infrastructure");
    }

    @Test
    void oneFailingStepDoesNotKeepTheOthersFromClosing() {
        shutdown.add("infrastructure", () -> closed.add("infrastructure"));
        shutdown.add(
                "permit-service",
                () -> {
                    throw new IllegalStateException("stuck");
                });

        shutdown.run();

        assertThat(closed).containsExactly("infrastructure");
    }

    @Test
    void somethingStartedAfterShutdownRanIsClosedAtOnce() {
        shutdown.run();

        shutdown.add("late service", () -> closed.add("late service"));

        assertThat(closed).containsExactly("late service");
    }

    @Test
    void runningTwiceClosesEachStepOnce() {
        shutdown.add("tokens", () -> closed.add("tokens"));

        shutdown.run();
        shutdown.run();

        assertThat(closed).containsExactly("tokens");
    }
}
