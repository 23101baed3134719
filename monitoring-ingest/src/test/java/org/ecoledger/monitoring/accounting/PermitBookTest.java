package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.SECOND_STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.amended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.at;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.expired;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.reinstated;
import static org.ecoledger.monitoring.accounting.AccountingFixture.renewed;
import static org.ecoledger.monitoring.accounting.AccountingFixture.revoked;
import static org.ecoledger.monitoring.accounting.AccountingFixture.stackWithLimits;
import static org.ecoledger.monitoring.accounting.AccountingFixture.suspended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.terms;
import static org.ecoledger.monitoring.accounting.AccountingFixture.total;
import static org.ecoledger.monitoring.accounting.AccountingFixture.validity;

class PermitBookTest {

    private static final EnterpriseId PLANT = enterprise(1);

    /** Issued on 1 June 2025 (China time), valid to the end of 2029, 10 t SO2 a year. */
    private static PermitIssued permitFromJune2025(int sequence, long so2Grams) {
        return issued(PLANT, sequence, validity("2025-06-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "100"))), total(Pollutant.SO2, so2Grams)),
                at("2025-05-31T16:00:00Z"));
    }

    private static PermitBook book(PermitIntegrationEvent... events) {
        PermitBook book = PermitBook.empty(PLANT);
        for (var event : events) {
            book = book.apply(event);
        }
        return book;
    }

    @Test
    void aPermitInForceAtAnyTimeOfTheYearGrantsItsFullAnnualTotal() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000));

        assertThat(book.allowance(2025, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2029, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2024, Pollutant.SO2)).isEmpty();
        assertThat(book.allowance(2030, Pollutant.SO2)).isEmpty();
    }

    @Test
    void aRevokedPermitKeepsTheYearOfRevocationAndGrantsNoLaterYear() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000), revoked(PLANT, 1, at("2026-03-01T00:00:00Z")));

        assertThat(book.allowance(2026, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2027, Pollutant.SO2)).isEmpty();
    }

    @Test
    void anExpiredPermitGrantsNoYearAfterItsValidity() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000),
                expired(PLANT, 1, validity("2025-06-01", "2029-12-31"), at("2029-12-31T16:00:00Z")));

        assertThat(book.allowance(2029, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2030, Pollutant.SO2)).isEmpty();
    }

    @Test
    void aSuspensionStopsDischargeButNotTheYearsAllowance() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000), suspended(PLANT, 1, at("2025-08-01T00:00:00Z")));

        assertThat(book.allowsDischargeAt(STACK, at("2025-07-31T23:00:00Z"))).isTrue();
        assertThat(book.allowsDischargeAt(STACK, at("2025-08-01T01:00:00Z"))).isFalse();
        assertThat(book.allowance(2025, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2026, Pollutant.SO2)).isEmpty();
    }

    @Test
    void aReinstatedPermitAllowsDischargeAgainFromReinstatement() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000), suspended(PLANT, 1, at("2025-08-01T00:00:00Z")),
                reinstated(PLANT, 1, at("2025-09-01T00:00:00Z")));

        assertThat(book.allowsDischargeAt(STACK, at("2025-08-15T00:00:00Z"))).isFalse();
        assertThat(book.allowsDischargeAt(STACK, at("2025-09-01T00:00:00Z"))).isTrue();
        assertThat(book.allowance(2027, Pollutant.SO2)).contains(10_000_000L);
    }

    @Test
    void dischargeIsAllowedOnlyWithinTheValidityAndThroughAStatedOutlet() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000));

        assertThat(book.allowsDischargeAt(STACK, at("2025-05-31T15:59:59Z"))).as("before the validity").isFalse();
        assertThat(book.allowsDischargeAt(STACK, at("2025-05-31T16:00:00Z"))).isTrue();
        assertThat(book.allowsDischargeAt(STACK, at("2029-12-31T15:59:59Z"))).isTrue();
        assertThat(book.allowsDischargeAt(STACK, at("2029-12-31T16:00:00Z"))).as("after the validity").isFalse();
        assertThat(book.allowsDischargeAt(SECOND_STACK, at("2025-07-01T00:00:00Z"))).as("an outlet the permit does not state").isFalse();
    }

    @Test
    void aPermitIssuedAfterItsValidityStartedAllowsDischargeFromIssueOn() {
        PermitBook book = book(issued(PLANT, 1, validity("2025-06-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of()))), at("2025-06-10T02:00:00Z")));

        assertThat(book.allowsDischargeAt(STACK, at("2025-06-09T00:00:00Z"))).isFalse();
        assertThat(book.allowsDischargeAt(STACK, at("2025-06-10T02:00:00Z"))).isTrue();
    }

    @Test
    void aRenewalContinuesTheValidity() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000),
                renewed(PLANT, 1, validity("2030-01-01", "2034-12-31"), at("2029-10-01T00:00:00Z")));

        assertThat(book.allowsDischargeAt(STACK, at("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(book.allowsDischargeAt(STACK, at("2031-01-01T00:00:00Z"))).isTrue();
        assertThat(book.allowance(2031, Pollutant.SO2)).contains(10_000_000L);
    }

    @Test
    void anAmendmentAppliesFromTheYearItIsMadeInAndLeavesEarlierYearsAlone() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000),
                amended(PLANT, 1, 2, terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "80"))), total(Pollutant.SO2, 4_000_000)),
                        at("2026-02-01T00:00:00Z")));

        assertThat(book.allowance(2025, Pollutant.SO2)).contains(10_000_000L);
        assertThat(book.allowance(2026, Pollutant.SO2)).contains(4_000_000L);
        assertThat(book.allowance(2027, Pollutant.SO2)).contains(4_000_000L);
        assertThat(book.limitFor(STACK, Pollutant.SO2)).hasValueSatisfying(
                l -> assertThat(l.limit().value()).isEqualByComparingTo(new BigDecimal("80")));
    }

    @Test
    void theAllowancesOfSeveralPermitsAddUpAndAPollutantWithoutTotalHasNone() {
        PermitBook book = book(permitFromJune2025(1, 10_000_000), permitFromJune2025(2, 2_000_000));

        assertThat(book.allowance(2025, Pollutant.SO2)).contains(12_000_000L);
        assertThat(book.allowance(2025, Pollutant.NOX)).isEmpty();
    }

    @Test
    void theLimitComesFromTheTermsSetLast() {
        PermitIssued first = permitFromJune2025(1, 10_000_000);
        PermitIssued second = issued(PLANT, 2, validity("2025-06-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "50")))), at("2025-07-01T00:00:00Z"));

        assertThat(book(first, second).limitFor(STACK, Pollutant.SO2)).hasValueSatisfying(
                l -> assertThat(l.limit().value()).isEqualByComparingTo(new BigDecimal("50")));
        assertThat(book(first, second, revoked(PLANT, 2, at("2025-08-01T00:00:00Z"))).limitFor(STACK, Pollutant.SO2))
                .as("a revoked permit does not lift the standard")
                .hasValueSatisfying(l -> assertThat(l.limit().value()).isEqualByComparingTo(new BigDecimal("50")));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        PermitIssued issue = permitFromJune2025(1, 10_000_000);
        var suspension = suspended(PLANT, 1, at("2025-08-01T00:00:00Z"));
        var amendment = amended(PLANT, 1, 2, terms(List.of(stackWithLimits(STACK, Map.of())), total(Pollutant.SO2, 1)),
                at("2025-09-01T00:00:00Z"));
        PermitBook once = book(issue, suspension, amendment);

        assertThat(once.apply(issue)).isSameAs(once);
        assertThat(once.apply(suspension)).isSameAs(once);
        assertThat(once.apply(amendment)).isSameAs(once);
    }

    @Test
    void eventsOfAPermitNeverIssuedAreIgnored() {
        PermitBook empty = PermitBook.empty(PLANT);

        assertThat(empty.apply(suspended(PLANT, 1, Instant.parse("2025-08-01T00:00:00Z")))).isSameAs(empty);
    }
}
