package org.ecoledger.common.permit;

import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.ConcentrationUnit;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PermitTermsTest {

    private static ConcentrationLimit so2(String mg) {
        return new ConcentrationLimit(Pollutant.SO2, Concentration.of(mg, ConcentrationUnit.MG_PER_M3), "GB 13223-2011");
    }

    @Test
    void aWaterPollutantCannotBeLimitedAtAnAirOutlet() {
        var cod = new ConcentrationLimit(Pollutant.COD, Concentration.of("50", ConcentrationUnit.MG_PER_L), "GB 8978-1996");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutletPermit(OutletCode.of("DA001"), "atmosphere", List.of(cod)));
    }

    @Test
    void aLimitMustBeInItsMediumsUnit() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ConcentrationLimit(Pollutant.SO2, Concentration.of("35", ConcentrationUnit.MG_PER_L), "GB 13223-2011"));
    }

    @Test
    void anOutletIsStatedOnlyOnce() {
        var outlet = new OutletPermit(OutletCode.of("DA001"), "atmosphere", List.of(so2("35")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PermitTerms(List.of(outlet, outlet), List.of()));
    }

    @Test
    void anAnnualTotalMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AnnualTotal(Pollutant.SO2, Mass.ZERO));
    }

    @Test
    void termsAnswerTheTotalForAPollutant() {
        var terms = new PermitTerms(List.of(new OutletPermit(OutletCode.of("DA001"), "atmosphere", List.of(so2("35")))),
                List.of(new AnnualTotal(Pollutant.SO2, Mass.ofTonnes("12.5"))));
        assertThat(terms.totalFor(Pollutant.SO2)).map(AnnualTotal::perYear).contains(Mass.ofTonnes("12.5"));
        assertThat(terms.totalFor(Pollutant.NOX)).isEmpty();
    }

    @Test
    void aPermitNumberJoinsTheCreditCodeASequenceAndTheClassLetter() {
        var enterprise = EnterpriseId.of("91510100MA61R4BQ12");
        assertThat(PermitNumber.of(enterprise, 1, ManagementClass.KEY).value()).isEqualTo("91510100MA61R4BQ12001P");
        assertThat(PermitNumber.of(enterprise, 12, ManagementClass.REGISTRATION).isRegistration()).isTrue();
        assertThat(PermitNumber.of("91510100MA61R4BQ12001P").enterprise()).isEqualTo(enterprise);
    }
}
