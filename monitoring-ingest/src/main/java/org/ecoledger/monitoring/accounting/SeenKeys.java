package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The inputs the accounting applied, remembered for a window of event time so that a redelivered
 * copy counts once, and forgotten after it so that the store stays as large as the window, not as
 * the history. An input whose time lies before the window is refused by the caller before it asks
 * here ({@link #tooLate}), so forgetting it never lets a copy count twice.
 *
 * <p>Keys are {@code <time>|<key>}, the time as fixed-width epoch milliseconds, so that what falls
 * out of the window is one range at the start of the store. Versions before the window kept the
 * plain key with no time, forever, in the store now called legacy: it is still consulted, and its
 * entries are moved over a batch at a time (with the time a reading's key names, or the clock for a
 * trading event's, whose time it does not name) until it is empty.
 */
final class SeenKeys {

    /** Legacy entries moved per step: small enough that a step never holds up the input that triggers it. */
    static final int LEGACY_BATCH = 256;

    private final KeyValueStore<String, Boolean> seen;
    private final KeyValueStore<String, Boolean> legacy;
    private final Function<String, Optional<Instant>> legacyTime;
    private final Duration window;
    private String legacyCursor;
    private boolean legacyEmpty;

    SeenKeys(KeyValueStore<String, Boolean> seen, KeyValueStore<String, Boolean> legacy, Function<String, Optional<Instant>> legacyTime,
             Duration window) {
        this.seen = seen;
        this.legacy = legacy;
        this.legacyTime = legacyTime;
        this.window = window;
    }

    /** Whether an input of that time lies before the window that ends at the clock. */
    boolean tooLate(Instant time, Instant clock) {
        return time.isBefore(clock.minus(window));
    }

    /** Remembers the key and says whether it is new; call it only for an input that is not {@link #tooLate}. */
    boolean firstTime(String key, Instant time) {
        String timed = timed(time, key);
        if (seen.get(timed) != null || !legacyEmpty && legacy.get(key) != null) {
            return false;
        }
        seen.put(timed, Boolean.TRUE);
        return true;
    }

    /** Forgets what fell out of the window ending at the clock. */
    void forgetBefore(Instant clock) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Boolean> range = seen.range(null, timeKey(clock.minus(window)))) {
            range.forEachRemaining(entry -> expired.add(entry.key));
        }
        expired.forEach(seen::delete);
    }

    /**
     * Moves the next batch of legacy entries into the window (or drops those already out of it);
     * a no-op once the legacy store is empty. Called as the clock moves, so a large legacy store
     * empties within some thousands of inputs.
     */
    void moveLegacy(Instant clock) {
        if (legacyEmpty) {
            return;
        }
        Instant horizon = clock.minus(window);
        List<KeyValue<String, Boolean>> batch = new ArrayList<>();
        try (KeyValueIterator<String, Boolean> entries = legacy.range(legacyCursor, null)) {
            while (entries.hasNext() && batch.size() < LEGACY_BATCH) {
                batch.add(entries.next());
            }
        }
        for (KeyValue<String, Boolean> entry : batch) {
            Instant time = legacyTime.apply(entry.key).orElse(clock);
            if (!time.isBefore(horizon)) {
                seen.put(timed(time, entry.key), Boolean.TRUE);
            }
            legacy.delete(entry.key);
            legacyCursor = entry.key;
        }
        legacyEmpty = batch.size() < LEGACY_BATCH;
    }

    private static String timed(Instant time, String key) {
        return timeKey(time) + "|" + key;
    }

    /** Epoch milliseconds, zero-padded so that string order is time order (from 1970 to the year 5138). */
    private static String timeKey(Instant time) {
        String millis = Long.toString(Math.max(0, time.toEpochMilli()));
        return "0".repeat(Math.max(0, 14 - millis.length())) + millis;
    }
}
