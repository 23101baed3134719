package org.ecoledger.common.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PollutantTest {

    @ParameterizedTest
    @CsvSource({"w01018,COD", "011,COD", "a21026,SO2", "02,SO2", "a21002,NOX", "03,NOX", "w21003,NH3_N", "060,NH3_N", "NH3_N,NH3_N"})
    void factorCodesOfBothProtocolGenerationsNameTheSamePollutant(String code, Pollutant expected) {
        assertThat(Pollutant.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"a00000", "w00000", "a19001", "xyz"})
    void flowAndAuxiliaryFactorsAreNotControlledPollutants(String code) {
        assertThat(Pollutant.fromCode(code)).isEmpty();
    }
}
