package org.ecoledger.support.eventstore;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifiersTest {

    private static final long NOV_23_2026 = 1_795_392_000_000L;

    @Test
    void axonMakesEveryMessageIdentifierWithIt() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
        UUID id = UUID.fromString(IdentifierFactory.getInstance().generateIdentifier());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void anIdentifierCarriesTheMillisecondItWasMadeIn() {
        UUID id = new TimeOrderedIdentifiers(() -> NOV_23_2026, 1).next();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOV_23_2026);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void identifiersSortInTheOrderTheyWereMadeAsTextToo() {
        AtomicLong clock = new AtomicLong(NOV_23_2026);
        TimeOrderedIdentifiers identifiers = new TimeOrderedIdentifiers(clock::get, 7);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // many in one millisecond, more than the counter holds, and a clock that steps back
            if (i % 7_000 == 0) {
                clock.addAndGet(i == 14_000 ? -5_000 : 1);
            }
            made.add(identifiers.generateIdentifier());
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(made).allSatisfy(text -> assertThat(UUID.fromString(text).toString()).isEqualTo(text));
    }

    @Test
    void twoProcessesInTheSameMillisecondMakeDifferentIdentifiers() {
        TimeOrderedIdentifiers one = new TimeOrderedIdentifiers(() -> NOV_23_2026, 11);
        TimeOrderedIdentifiers other = new TimeOrderedIdentifiers(() -> NOV_23_2026, 12);
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 4_096; i++) {
            assertThat(seen.add(one.next())).isTrue();
            assertThat(seen.add(other.next())).isTrue();
        }
    }
}
