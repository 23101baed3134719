package org.ecoledger.permit.credit;

import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationType;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditRatingRuleTest {

    /** The figures of permit-service.yml. */
    private static final CreditRatingProperties DEFAULTS = new CreditRatingProperties(
            Map.of(Severity.MINOR, 1, Severity.MODERATE, 3, Severity.SERIOUS, 6), 1, 3, 6, 12,
            Set.of(ViolationType.DISCHARGE_WITHOUT_VALID_PERMIT));
    private static final CreditRatingRule RULE = new CreditRatingRule(DEFAULTS);

    private static List<CreditRatingRule.Weighed> times(int n, ViolationType type, Severity severity) {
        return Collections.nCopies(n, new CreditRatingRule.Weighed(type, severity));
    }

    private static CreditLevel levelOf(List<CreditRatingRule.Weighed> confirmed) {
        return RULE.rate(confirmed).level();
    }

    @Test
    void anEnterpriseWithoutConfirmedViolationsIsGreen() {
        assertThat(RULE.rate(List.of())).isEqualTo(new CreditRatingRule.Rating(CreditLevel.GREEN, 0, "no confirmed violations"));
    }

    @Test
    void pointsBySeveritySetTheLevelByThreshold() {
        assertThat(levelOf(times(1, ViolationType.DATA_MISSING_OR_INVALID, Severity.MINOR))).isEqualTo(CreditLevel.BLUE);
        assertThat(levelOf(times(1, ViolationType.CONCENTRATION_EXCEEDED, Severity.MODERATE))).isEqualTo(CreditLevel.YELLOW);
        assertThat(levelOf(times(1, ViolationType.ANNUAL_TOTAL_EXCEEDED, Severity.SERIOUS))).isEqualTo(CreditLevel.RED);
        assertThat(levelOf(times(2, ViolationType.ANNUAL_TOTAL_EXCEEDED, Severity.SERIOUS))).isEqualTo(CreditLevel.BLACK);
        assertThat(levelOf(times(11, ViolationType.EXECUTION_REPORT_LATE, Severity.MINOR))).isEqualTo(CreditLevel.RED);
    }

    @Test
    void aKindThatBlacklistsByItselfMakesTheLevelBlackAtOnce() {
        CreditRatingRule.Rating rating = RULE.rate(times(1, ViolationType.DISCHARGE_WITHOUT_VALID_PERMIT, Severity.SERIOUS));
        assertThat(rating.level()).isEqualTo(CreditLevel.BLACK);
        assertThat(rating.basis()).contains("blacklists by itself");
    }

    @Test
    void theBasisSaysWhatWasCounted() {
        assertThat(RULE.rate(times(2, ViolationType.DATA_MISSING_OR_INVALID, Severity.MINOR)).basis())
                .isEqualTo("2 confirmed violation(s), 2 point(s): 2 × DATA_MISSING_OR_INVALID/MINOR");
    }

    @Test
    void theFiguresAreConfigurable() {
        var strict = new CreditRatingRule(new CreditRatingProperties(Map.of(Severity.MINOR, 5, Severity.MODERATE, 5, Severity.SERIOUS, 5),
                1, 2, 3, 5, Set.of()));
        assertThat(strict.rate(times(1, ViolationType.EXECUTION_REPORT_LATE, Severity.MINOR)).level()).isEqualTo(CreditLevel.BLACK);
        assertThat(strict.rate(times(1, ViolationType.DISCHARGE_WITHOUT_VALID_PERMIT, Severity.SERIOUS)).level()).isEqualTo(CreditLevel.BLACK);
    }

    @Test
    void figuresThatDoNotRiseFromBlueToBlackAreRejectedAtStartUp() {
        assertThatThrownBy(() -> new CreditRatingProperties(DEFAULTS.points(), 3, 1, 6, 12, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditRatingProperties(Map.of(Severity.MINOR, 1), 1, 3, 6, 12, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
