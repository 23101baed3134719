package org.ecoledger.trading.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketRulesTest {

    @Test
    void aPercentageBandIsRoundedInwardsToWholeFen() {
        assertThat(PriceBand.around(2_000, 10)).isEqualTo(new PriceBand(1_800, 2_200));
        assertThat(PriceBand.around(1_005, 10)).isEqualTo(new PriceBand(905, 1_105));
        assertThat(PriceBand.around(999, 10)).isEqualTo(new PriceBand(900, 1_098));
        assertThat(PriceBand.around(7, 0)).isEqualTo(new PriceBand(7, 7));
    }

    @Test
    void aBandNeverGoesBelowOneFen() {
        assertThat(PriceBand.around(3, 100)).isEqualTo(new PriceBand(1, 6));
    }

    @Test
    void aPriceIsAllowedAtOrAboveTheFloorAndWithinTheBandBothInclusive() {
        MarketRules rules = MarketRules.withFloor(1_000).withDailyLimits(new PriceBand(900, 1_200));
        assertThat(rules.allowsPrice(999)).isFalse();
        assertThat(rules.allowsPrice(1_000)).isTrue();
        assertThat(rules.allowsPrice(1_200)).isTrue();
        assertThat(rules.allowsPrice(1_201)).isFalse();
        assertThat(MarketRules.withFloor(1).allowsPrice(Long.MAX_VALUE)).isTrue();
    }

    @Test
    void nonsensicalRulesAreMalformedInput() {
        assertThatThrownBy(() -> MarketRules.withFloor(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarketRules.withFloor(1).withMinQuantity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBand(10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceBand.around(1_000, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketRules(1, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aReferencePriceTooLargeForItsBandIsMalformedInputNotAnOverflow() {
        assertThatThrownBy(() -> PriceBand.around(Long.MAX_VALUE, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PriceBand.around(Long.MAX_VALUE / 200, 100).highest()).isEqualTo(Long.MAX_VALUE / 200 * 2);
    }
}
