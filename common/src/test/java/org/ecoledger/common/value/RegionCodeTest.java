package org.ecoledger.common.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"510000,PROVINCE,51", "510100,CITY,5101", "510104,COUNTY,510104", "110101,COUNTY,110101"})
    void theLevelDecidesTheSignificantPrefix(String code, RegionCode.Level level, String prefix) {
        RegionCode region = RegionCode.of(code);
        assertThat(region.level()).isEqualTo(level);
        assertThat(region.prefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource({"510000,510104", "510100,510104", "510104,510104", "510000,510000"})
    void aJurisdictionContainsTheDivisionsBelowIt(String jurisdiction, String place) {
        assertThat(RegionCode.of(jurisdiction).contains(RegionCode.of(place))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"510100,510700", "510104,510100", "510100,520100", "510104,510105"})
    void aJurisdictionDoesNotContainItsParentOrItsNeighbours(String jurisdiction, String place) {
        assertThat(RegionCode.of(jurisdiction).contains(RegionCode.of(place))).isFalse();
    }

    @Test
    void aCityAndAProvinceWithTheSameDigitsAreNotConfused() {
        assertThat(RegionCode.of("110000").contains(RegionCode.of("511000"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "51010", "5101000", "51010A", "000000", "990100", "510004"})
    void malformedOrNonexistentCodesAreRejected(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(code));
    }

    @Test
    void theProvinceOfACountyIsItsFirstTwoDigits() {
        assertThat(RegionCode.of("510104").province()).isEqualTo(RegionCode.of("510000"));
    }
}
