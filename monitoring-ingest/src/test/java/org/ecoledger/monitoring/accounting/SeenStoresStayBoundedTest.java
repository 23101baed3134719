package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.AIR_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.cou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.flow;
import static org.ecoledger.monitoring.accounting.AccountingFixture.hourly;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.stackWithLimits;
import static org.ecoledger.monitoring.accounting.AccountingFixture.terms;
import static org.ecoledger.monitoring.accounting.AccountingFixture.total;
import static org.ecoledger.monitoring.accounting.AccountingFixture.validity;
import static org.ecoledger.monitoring.accounting.TradingFixture.rights;
import static org.ecoledger.monitoring.accounting.TradingFixture.trade;

/**
 * The stores of what the accounting has seen hold a window of event time, not the whole history,
 * and a copy inside the window still counts once; what the previous version remembered (one entry
 * per reading, forever) is still honoured and moved into the window.
 */
class SeenStoresStayBoundedTest {

    private static final Duration READINGS_WINDOW = Duration.ofHours(6);
    private static final Duration TRADING_WINDOW = Duration.ofHours(12);
    private static final AccountingConfig CONFIG =
            new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ZERO, Duration.ZERO)
                    .withAcceptance(READINGS_WINDOW, TRADING_WINDOW);
    private static final EnterpriseId PLANT = enterprise(1);
    private static final EnterpriseId NEIGHBOUR = enterprise(3);
    private static final Instant H0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final QuotaClass SO2_2025 = rights(Pollutant.SO2, "510104", 2025);

    private AccountingDriver driver;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private static Instant hour(int n) {
        return H0.plus(Duration.ofHours(n));
    }

    private static DeviceReadingReceived so2Hour(int n, String kilograms, Instant receivedAt) {
        return hourly(PLANT, STACK, hour(n), receivedAt, cou("a21026", kilograms, DataFlag.N), flow(AIR_FLOW, "10000"));
    }

    private static DeviceReadingReceived so2Hour(int n, String kilograms) {
        return so2Hour(n, kilograms, hour(n + 1).plusSeconds(300));
    }

    private static PermitIssued plantPermit() {
        return issued(PLANT, 1, validity("2025-01-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "100"))), total(Pollutant.SO2, 50_000_000)),
                Instant.parse("2024-12-31T16:00:00Z"));
    }

    private static TradeSettled purchase(int sequence, long grams, Instant at) {
        return trade(sequence, SO2_2025, PLANT, NEIGHBOUR, grams, at);
    }

    private List<String> keysOf(String store) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Boolean> all = driver.<Boolean>store(store).all()) {
            all.forEachRemaining((KeyValue<String, Boolean> entry) -> keys.add(entry.key));
        }
        return keys;
    }

    private AnnualAccountLine so2Account() {
        return driver.queries().annualAccount(PLANT, 2025).stream().filter(l -> l.pollutant() == Pollutant.SO2).findFirst().orElseThrow();
    }

    @Test
    void readingsSeenBeforeTheWindowAreForgottenSoTheStoreHoldsTheWindowNotTheHistory() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit());
        for (int n = 0; n < 100; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }

        // The clock is at 100:05; forgetting runs as it crosses an hour, and the window then reached back to 94:05.
        assertThat(keysOf(AccountingStores.READINGS_SEEN_BY_TIME)).containsExactly(
                timed(hour(95), so2Hour(95, "1.0").readingKey()), timed(hour(96), so2Hour(96, "1.0").readingKey()),
                timed(hour(97), so2Hour(97, "1.0").readingKey()), timed(hour(98), so2Hour(98, "1.0").readingKey()),
                timed(hour(99), so2Hour(99, "1.0").readingKey()));
        assertThat(so2Account().emitted().grams()).as("every hour counted").isEqualTo(100_000);
        assertThat(keysOf(AccountingStores.READINGS_SEEN)).isEmpty();
    }

    @Test
    void aResentReadingInsideTheWindowCountsOnceEvenWithOtherValues() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0")).reading(so2Hour(1, "1.0"));
        driver.reading(so2Hour(0, "5.0", hour(4)));

        assertThat(driver.queries().hourlySeries(PLANT, STACK, Pollutant.SO2, hour(0), hour(1)))
                .extracting(HourSlot::grams).containsExactly(1000L);
        assertThat(driver.deadLetters()).isEmpty();
    }

    @Test
    void aResentReadingAfterTheWindowIsRefusedNotCountedAgain() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"));
        for (int n = 1; n <= 8; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }
        driver.reading(so2Hour(0, "1.0", hour(9).plusSeconds(600)));

        assertThat(so2Account().emitted().grams()).isEqualTo(9000);
        assertThat(driver.deadLetters()).hasSize(1);
    }

    @Test
    void tradingEventsSeenBeforeTheirWindowAreForgottenAndACopyInsideItCountsOnce() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"))
                .tradingEvent("trade-1", purchase(1, 1000, hour(1)))
                .tradingEvent("trade-1", purchase(1, 1000, hour(1)))
                .tradingEvent("trade-2", purchase(2, 2000, hour(5)));

        assertThat(so2Account().tradedRights().grams()).as("the copy of trade-1 counted once").isEqualTo(3000);
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME)).hasSize(4);

        for (int n = 1; n <= 20; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }
        // At 21:05 the trading window reaches back to 09:05: both trades are forgotten, and a copy now is refused.
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME)).isEmpty();
        driver.tradingEvent("trade-2", purchase(2, 2000, hour(5)));
        assertThat(so2Account().tradedRights().grams()).isEqualTo(3000);
        assertThat(driver.deadLetters()).as("the buyer's change and the seller's").hasSize(2).allSatisfy(letter -> assertThat(
                new String(letter.headers().lastHeader(DeadLetter.REASON).value())).isEqualTo("TOO_LATE"));
    }

    @Test
    void whatThePreviousVersionRememberedStillCountsAsSeenAndMovesIntoTheWindow() {
        driver = new AccountingDriver(CONFIG);
        // As the previous version left its stores: one entry per reading and holding change, keyed without a time.
        driver.<Boolean>store(AccountingStores.READINGS_SEEN).put(so2Hour(0, "1.0").readingKey(), Boolean.TRUE);
        driver.<Boolean>store(AccountingStores.READINGS_SEEN).put(so2Hour(-48, "1.0").readingKey(), Boolean.TRUE);
        String boughtBefore = PLANT.value() + "|" + SO2_2025.key() + "|trade-1";
        driver.<Boolean>store(AccountingStores.HOLDING_CHANGES_SEEN).put(boughtBefore, Boolean.TRUE);

        driver.reading(so2Hour(0, "1.0"))
                .permitEvent(plantPermit())
                .tradingEvent("trade-1", purchase(1, 1000, hour(0)))
                .reading(so2Hour(1, "1.0"));

        assertThat(so2Account().emitted().grams()).as("only hour 1: hour 0 was counted before the upgrade").isEqualTo(1000);
        assertThat(so2Account().tradedRights()).as("trade-1 was counted before the upgrade").isNull();
        assertThat(keysOf(AccountingStores.READINGS_SEEN)).isEmpty();
        assertThat(keysOf(AccountingStores.READINGS_SEEN_BY_TIME))
                .as("hour 0 moved under the time its key names, hour -48 dropped as out of the window; hour 1 remembered")
                .containsExactly(timed(hour(0), so2Hour(0, "1.0").readingKey()), timed(hour(1), so2Hour(1, "1.0").readingKey()));
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN)).as("its time unknown, it stays while it may matter")
                .containsExactly(boughtBefore);

        for (int n = 2; n <= 14; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }
        // At 15:05 the trading window reaches back to 03:05, past the clock this version started at (01:05).
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN)).isEmpty();
        driver.tradingEvent("trade-1", purchase(1, 1000, hour(0)));
        assertThat(so2Account().tradedRights()).isNull();
        assertThat(driver.deadLetters()).as("the buyer's change and the seller's, too late").hasSize(2);
    }

    private static String timed(Instant time, String key) {
        return "0" + time.toEpochMilli() + "|" + key;
    }
}
