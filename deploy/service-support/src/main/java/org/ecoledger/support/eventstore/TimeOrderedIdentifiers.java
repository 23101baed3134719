package org.ecoledger.support.eventstore;

import org.axonframework.common.IdentifierFactory;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Axon's identifiers for messages, and so for every stored event, as time-ordered UUIDs (version 7,
 * RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter within the millisecond, 62 random bits.
 *
 * <p>Why: the event store keeps a unique index on the event identifier. Random (version 4) UUIDs put
 * each new entry on a random page of that index, so once the index outgrows PostgreSQL's buffers
 * nearly every append reads a page and, after each checkpoint, logs a full 8 kB image of it. IDs
 * that grow with time all land on the index's last pages. The text form sorts as the number does,
 * so the order holds for the VARCHAR column too.
 *
 * <p>Found by Axon through {@link java.util.ServiceLoader} (META-INF/services), for the whole JVM.
 * Within one JVM the identifiers strictly increase, even if the clock steps back or more than 4,096
 * are asked for in one millisecond (the counter then borrows the next millisecond); across JVMs the
 * 62 random bits, drawn from a generator seeded by {@link SecureRandom}, keep them apart.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    private static final int COUNTER_BITS = 12;
    private static final long COUNTER_LIMIT = 1L << COUNTER_BITS;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final LongSupplier millis;
    private final SplittableRandom random;
    private long lastMillis = Long.MIN_VALUE;
    private long counter;

    /** The one Axon's {@link java.util.ServiceLoader} makes. */
    public TimeOrderedIdentifiers() {
        this(System::currentTimeMillis, new SecureRandom().nextLong());
    }

    TimeOrderedIdentifiers(LongSupplier millis, long seed) {
        this.millis = millis;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String generateIdentifier() {
        return next().toString();
    }

    synchronized UUID next() {
        long now = millis.getAsLong();
        if (now > lastMillis) {
            lastMillis = now;
            counter = 0;
        } else if (++counter == COUNTER_LIMIT) {
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | VERSION_7 | counter;
        long low = VARIANT_RFC | (random.nextLong() & RANDOM_62_BITS);
        return new UUID(high, low);
    }
}
