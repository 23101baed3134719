package org.ecoledger.common.permit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValidityTest {

    private final Validity validity = new Validity(LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31"));

    @Test
    void aPermitExpiresAtMidnightChinaTimeAfterItsLastDay() {
        assertThat(validity.expiresAt()).isEqualTo(Instant.parse("2030-12-31T16:00:00Z"));
        assertThat(validity.hasExpiredAt(Instant.parse("2030-12-31T15:59:59Z"))).isFalse();
        assertThat(validity.hasExpiredAt(Instant.parse("2030-12-31T16:00:00Z"))).isTrue();
    }

    @Test
    void theRenewalWindowOpensSixtyDaysBeforeExpiryAndClosesAtExpiry() {
        Instant opens = validity.expiresAt().minusSeconds(60L * 24 * 3600);
        assertThat(validity.isRenewalWindowOpenAt(opens.minusSeconds(1))).isFalse();
        assertThat(validity.isRenewalWindowOpenAt(opens)).isTrue();
        assertThat(validity.isRenewalWindowOpenAt(validity.expiresAt())).isFalse();
    }

    @Test
    void aPermitRunsAtMostFiveYears() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Validity(LocalDate.parse("2026-01-01"), LocalDate.parse("2031-01-01")));
        assertThat(Validity.fullTermFrom(LocalDate.parse("2026-01-01")).until()).isEqualTo(LocalDate.parse("2030-12-31"));
    }

    @Test
    void aRenewedTermStartsTheDayAfterTheOldOneEnds() {
        assertThat(validity.next().from()).isEqualTo(LocalDate.parse("2031-01-01"));
    }
}
