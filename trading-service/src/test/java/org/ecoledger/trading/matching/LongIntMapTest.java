package org.ecoledger.trading.matching;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LongIntMapTest {

    @Test
    void itAgreesWithAHashMapThroughGrowthAndHeavyChurn() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int step = 0; step < 200_000; step++) {
            // Keys from a small range collide and cluster, which exercises the backward shift.
            long key = random.nextInt(4_000) - 2_000L;
            if (key == 0) {
                continue;
            }
            if (random.nextInt(3) == 0) {
                assertThat(map.remove(key)).isEqualTo(expected.getOrDefault(key, LongIntMap.MISSING));
                expected.remove(key);
            } else if (!expected.containsKey(key)) {
                map.putNew(key, step);
                expected.put(key, step);
            }
            assertThat(map.get(key)).isEqualTo(expected.getOrDefault(key, LongIntMap.MISSING));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    }

    @Test
    void zeroIsNeverAKey() {
        LongIntMap map = new LongIntMap(16);
        assertThat(map.get(0)).isEqualTo(LongIntMap.MISSING);
        assertThat(map.remove(0)).isEqualTo(LongIntMap.MISSING);
    }
}
