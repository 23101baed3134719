package org.ecoledger.common.trading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TradedAmountsTest {

    @Test
    void aQuantityBeyondWhatGramsCanHoldIsMalformedInputNotAnOverflow() {
        assertThat(Quantities.kilograms(Long.MAX_VALUE / 1_000).grams()).isEqualTo(Long.MAX_VALUE / 1_000 * 1_000);
        assertThatIllegalArgumentException().isThrownBy(() -> Quantities.kilograms(Long.MAX_VALUE / 1_000 + 1))
                .withMessageContaining("beyond what the ledger counts in grams");
    }

    @Test
    void aValueBeyondWhatFenCanHoldIsMalformedInputNotAnOverflow() {
        assertThat(Price.ofFenPerKilogram(60).valueOf(Quantities.kilograms(100)).fen()).isEqualTo(6_000);
        assertThatIllegalArgumentException().isThrownBy(() -> Price.ofFenPerKilogram(Long.MAX_VALUE / 2 + 1).valueOf(Quantities.kilograms(2)))
                .withMessageContaining("beyond what the ledger counts in fen");
    }
}
