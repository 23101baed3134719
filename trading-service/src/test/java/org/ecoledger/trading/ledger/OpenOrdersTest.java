package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.Side;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.trading.ledger.LedgerFixture.CEMENT_WORKS;
import static org.ecoledger.trading.ledger.LedgerFixture.PAPER_MILL;
import static org.ecoledger.trading.ledger.LedgerFixture.SO2_CHENGDU_2027;

class OpenOrdersTest {

    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void openOrdersBehaveAsAMapFromSequenceToOrderThroughGrowthChurnAndCopies() {
        Random random = new Random(20261123);
        OpenOrders open = new OpenOrders();
        TreeMap<Long, OpenOrder> expected = new TreeMap<>();
        OpenOrders copy = open.copy();
        TreeMap<Long, OpenOrder> expectedOfCopy = new TreeMap<>();
        for (int step = 0; step < 20_000; step++) {
            long sequence = 1 + random.nextInt(3_000);
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    OpenOrder order = order(sequence, 1 + random.nextInt(500));
                    open.put(sequence, order);
                    expected.put(sequence, order);
                }
                case 2 -> assertThat(open.remove(sequence)).isEqualTo(expected.remove(sequence));
                default -> assertThat(open.get(sequence)).isEqualTo(expected.get(sequence));
            }
            if (step % 2_500 == 0) {
                assertThat(copy.bySequence()).isEqualTo(expectedOfCopy);
                copy = open.copy();
                expectedOfCopy = new TreeMap<>(expected);
            }
        }
        assertThat(open.size()).isEqualTo(expected.size());
        assertThat(open.bySequence()).containsExactlyEntriesOf(expected);
        assertThat(copy.bySequence()).containsExactlyEntriesOf(expectedOfCopy);
    }

    @Test
    void aNullOrderIsRefusedAndChangesNothing() {
        OpenOrders open = new OpenOrders();
        open.put(3, order(3, 5));

        assertThatThrownBy(() -> open.put(4, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> open.put(3, null)).isInstanceOf(NullPointerException.class);
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(3)).isEqualTo(order(3, 5));
    }

    @Test
    void theOrdersMatchingAConditionComeInSequenceOrder() {
        OpenOrders open = new OpenOrders();
        for (long sequence : new long[] {40, 7, 300, 12, 99}) {
            open.put(sequence, order(sequence, 10));
        }
        open.remove(12);
        open.put(5, order(5, 10));

        assertThat(open.sequencesWhere(order -> order.enterprise().equals(PAPER_MILL))).containsExactly(40L, 300L);
        assertThat(open.sequencesWhere(order -> true)).containsExactly(5L, 7L, 40L, 99L, 300L);
    }

    @Test
    void aSnapshotHoldsTheOrdersAsAMapInSequenceOrderAndReadsBackTheSame() throws Exception {
        OpenOrders open = new OpenOrders();
        open.put(30, order(30, 5));
        open.put(4, order(4, 6));
        open.put(17, order(17, 7));

        String stored = JSON.writeValueAsString(open);
        assertThat(stored).startsWith("{\"4\":{").contains("\"17\":{").endsWith("}}");
        assertThat(stored.indexOf("\"4\":")).isLessThan(stored.indexOf("\"17\":"));
        Map<Long, OpenOrder> asHashMapWas = JSON.readValue(stored, new TypeReference<Map<Long, OpenOrder>>() { });
        assertThat(JSON.readValue(stored, OpenOrders.class).bySequence()).isEqualTo(asHashMapWas).isEqualTo(open.bySequence());
    }

    private static OpenOrder order(long sequence, long remainingKilograms) {
        return new OpenOrder(sequence % 2 == 0 ? PAPER_MILL : CEMENT_WORKS, new ClientOrderId("client-" + sequence), SO2_CHENGDU_2027,
                Side.BUY, 120, remainingKilograms);
    }
}
