package org.ecoledger.common.value;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MassTest {

    @Test
    void tonnesAreStoredExactlyAsGrams() {
        assertThat(Mass.ofTonnes("12.345678").grams()).isEqualTo(12_345_678L);
        assertThat(Mass.ofTonnes("0.1").plus(Mass.ofTonnes("0.2"))).isEqualTo(Mass.ofTonnes("0.3"));
    }

    @Test
    void fractionsOfAGramAreMalformed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Mass.ofTonnes("0.0000001")).withMessageContaining("whole number of grams");
    }

    @Property
    void gramsSurviveTheTripThroughTonnes(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long grams) {
        assertThat(Mass.ofTonnes(Mass.ofGrams(grams).tonnes())).isEqualTo(Mass.ofGrams(grams));
    }

    @Test
    void moneyIsWholeFen() {
        assertThat(Money.ofYuan(new BigDecimal("1234.56")).fen()).isEqualTo(123_456L);
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(new BigDecimal("0.001")));
    }
}
