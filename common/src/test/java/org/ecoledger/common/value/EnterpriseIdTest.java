package org.ecoledger.common.value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnterpriseIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91510100MA61R4BQ12"})
    void publishedCreditCodesAreAccepted(String code) {
        assertThat(EnterpriseId.of(code).value()).isEqualTo(code);
    }

    @Test
    void lowerCaseAndSurroundingSpaceAreNormalised() {
        assertThat(EnterpriseId.of(" 91350100m000100y43 ")).isEqualTo(EnterpriseId.of("91350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91110000802100433C", "91510100MA61R4BQ10"})
    void aWrongCheckCharacterIsRejected(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseId.of(code)).withMessageContaining("check character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43"})
    void codesOfTheWrongLengthOrWithExcludedLettersAreRejected(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseId.of(code));
    }

    @Test
    void theRegisteringDivisionIsCharactersThreeToEight() {
        assertThat(EnterpriseId.of("91510100MA61R4BQ12").registeringDivision()).isEqualTo("510100");
    }

    @Property
    void everyCodeCompletedWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
        assertThat(EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17)).value()).startsWith(first17);
    }

    @Property
    void changingAnySingleCharacterBreaksTheCheck(@ForAll("first17") String first17, @ForAll("positions") int position,
                                                  @ForAll("symbols") char replacement) {
        String valid = first17 + EnterpriseId.checkCharacter(first17);
        if (valid.charAt(position) == replacement) {
            return;
        }
        String altered = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseId.of(altered));
    }

    @Provide
    Arbitrary<String> first17() {
        return symbols().list().ofSize(17).map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<Character> symbols() {
        return Arbitraries.of(EnterpriseId.ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }
}
