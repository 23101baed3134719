package org.ecoledger.trading.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.trading.matching.Side.BUY;
import static org.ecoledger.trading.matching.Side.SELL;

class BookSnapshotTest {

    private static final MarketRules RULES = MarketRules.withFloor(1_000);

    @Test
    void aSnapshotInPriorityOrderIsAccepted() {
        List<RestingOrder> orders = List.of(
                new RestingOrder(2, 1, BUY, 2_000, 5),
                new RestingOrder(3, 1, BUY, 2_000, 5),
                new RestingOrder(1, 1, BUY, 1_900, 5),
                new RestingOrder(5, 2, SELL, 2_100, 5),
                new RestingOrder(4, 2, SELL, 2_200, 5));
        assertThat(new BookSnapshot(RULES, 5, orders).orders()).isEqualTo(orders);
    }

    @Test
    void theSnapshotKeepsItsOwnCopyOfTheOrders() {
        List<RestingOrder> orders = new ArrayList<>(List.of(new RestingOrder(1, 1, BUY, 2_000, 5)));
        BookSnapshot snapshot = new BookSnapshot(RULES, 1, orders);
        orders.clear();
        assertThat(snapshot.orders()).hasSize(1);
    }

    @Test
    void aSnapshotOutOfPriorityOrderIsRefused() {
        assertRefused(2, new RestingOrder(1, 1, BUY, 1_900, 5), new RestingOrder(2, 1, BUY, 2_000, 5));
        assertRefused(2, new RestingOrder(2, 1, BUY, 2_000, 5), new RestingOrder(1, 1, BUY, 2_000, 5));
        assertRefused(2, new RestingOrder(1, 1, SELL, 2_100, 5), new RestingOrder(2, 1, BUY, 2_000, 5));
        assertRefused(2, new RestingOrder(1, 1, SELL, 2_200, 5), new RestingOrder(2, 1, SELL, 2_100, 5));
    }

    @Test
    void aCrossedOrInconsistentSnapshotIsRefused() {
        assertRefused(2, new RestingOrder(1, 1, BUY, 2_000, 5), new RestingOrder(2, 2, SELL, 2_000, 5));
        assertRefused(1, new RestingOrder(1, 1, BUY, 2_000, 5), new RestingOrder(1, 2, SELL, 2_100, 5));
        assertRefused(1, new RestingOrder(2, 1, BUY, 2_000, 5));
        assertRefused(1, new RestingOrder(1, 1, BUY, 999, 5));
        assertThatThrownBy(() -> new RestingOrder(1, 1, BUY, 2_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(long lastOrderId, RestingOrder... orders) {
        assertThatThrownBy(() -> new BookSnapshot(RULES, lastOrderId, List.of(orders))).isInstanceOf(IllegalArgumentException.class);
    }
}
