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
 * plain key with no time, forever, in the store now called legacy. It is still consulted until it
 * is empty, and emptied a batch at a time as the clock moves: an entry whose key names its time (a
 * reading's) moves into the window, or is dropped if already out of it; one whose key does not (a
 * trading event's) stays until the window has passed the clock at which this version started,
 * since every legacy entry is older than that.
 */
final class SeenKeys {

    /** Legacy entries moved per step: small enough that a step never holds up the input that triggers it. */
    static final int LEGACY_BATCH = 256;

    private final KeyValueStore<String, Boolean> seen;
    private final KeyValueStore<String, Boolean> legacy;
    private final Function<String, Optional<Instant>> legacyTime;
    private final Duration window;
    /** The clock when this instance started: no legacy entry is of a later time. */
    private Instant startClock;
    private String legacyCursor;
    private boolean legacyPassDone;
    private boolean keptInPass;
    private boolean legacyEmpty;

    SeenKeys(KeyValueStore<String, Boolean> seen, KeyValueStore<String, Boolean> legacy, Function<String, Optional<Instant>> legacyTime,
             Duration window, Instant startClock) {
        this.seen = seen;
        this.legacy = legacy;
        this.legacyTime = legacyTime;
        this.window = window;
        this.startClock = startClock;
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
     * Moves the next batch of legacy entries into the window, or drops them; a no-op once the
     * legacy store is empty. Called as the clock moves, so that a large legacy store empties
     * within some thousands of inputs.
     */
    void moveLegacy(Instant clock) {
        if (legacyEmpty) {
            return;
        }
        startClock = startClock == null ? clock : startClock;
        Instant horizon = clock.minus(window);
        boolean untimedExpired = startClock.isBefore(horizon);
        if (legacyPassDone) {
            if (!untimedExpired) {
                return;
            }
            legacyPassDone = false;
            legacyCursor = null;
        }
        List<KeyValue<String, Boolean>> batch = new ArrayList<>();
        try (KeyValueIterator<String, Boolean> entries = legacy.range(legacyCursor, null)) {
            while (entries.hasNext() && batch.size() < LEGACY_BATCH) {
                KeyValue<String, Boolean> entry = entries.next();
                if (!entry.key.equals(legacyCursor)) {
                    batch.add(entry);
                }
            }
        }
        for (KeyValue<String, Boolean> entry : batch) {
            Optional<Instant> time = legacyTime.apply(entry.key);
            if (time.isEmpty() && !untimedExpired) {
                keptInPass = true;
            } else {
                if (time.isPresent() && !time.get().isBefore(horizon)) {
                    seen.put(timed(time.get(), entry.key), Boolean.TRUE);
                }
                legacy.delete(entry.key);
            }
            legacyCursor = entry.key;
        }
        if (batch.size() < LEGACY_BATCH) {
            legacyEmpty = !keptInPass;
            legacyPassDone = keptInPass;
            keptInPass = false;
        }
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
