package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.TradingFixture.trade;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.CONFIG;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.NEIGHBOUR;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.PLANT;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.SO2_2025;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.hour;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.plantPermit;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.so2Account;
import static org.ecoledger.monitoring.accounting.So2PlantFixture.so2Hour;

/**
 * The stores of what the accounting has seen hold a window of event time, not the whole history,
 * and a copy inside the window still counts once; what the previous version remembered (one entry
 * per reading, forever) is still honoured and moved into the window.
 */
class SeenStoresStayBoundedTest {

    private static final Duration READINGS_WINDOW = Duration.ofHours(6);
    private static final Duration TRADING_WINDOW = Duration.ofHours(12);
    private static final AccountingConfig WINDOWED = CONFIG.withAcceptance(READINGS_WINDOW, TRADING_WINDOW);

    private AccountingDriver driver;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
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

    @Test
    void readingsSeenBeforeTheWindowAreForgottenSoTheStoreHoldsTheWindowNotTheHistory() {
        driver = new AccountingDriver(WINDOWED).permitEvent(plantPermit());
        for (int n = 0; n < 100; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }

        // The clock is at 100:05; forgetting runs as it crosses an hour, and the window then reached back to 94:05.
        assertThat(keysOf(AccountingStores.READINGS_SEEN_BY_TIME)).containsExactly(
                timed(hour(95), so2Hour(95, "1.0").readingKey()), timed(hour(96), so2Hour(96, "1.0").readingKey()),
                timed(hour(97), so2Hour(97, "1.0").readingKey()), timed(hour(98), so2Hour(98, "1.0").readingKey()),
                timed(hour(99), so2Hour(99, "1.0").readingKey()));
        assertThat(so2Account(driver).emitted().grams()).as("every hour counted").isEqualTo(100_000);
        assertThat(keysOf(AccountingStores.READINGS_SEEN)).isEmpty();
    }

    @Test
    void aResentReadingInsideTheWindowCountsOnceEvenWithOtherValues() {
        driver = new AccountingDriver(WINDOWED).permitEvent(plantPermit()).reading(so2Hour(0, "1.0")).reading(so2Hour(1, "1.0"));
        driver.reading(so2Hour(0, "5.0", hour(4)));

        assertThat(driver.queries().hourlySeries(PLANT, STACK, Pollutant.SO2, hour(0), hour(1)))
                .extracting(HourSlot::grams).containsExactly(1000L);
        assertThat(driver.deadLetters()).isEmpty();
    }

    @Test
    void aResentReadingAfterTheWindowIsRefusedNotCountedAgain() {
        driver = new AccountingDriver(WINDOWED).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"));
        for (int n = 1; n <= 8; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }
        driver.reading(so2Hour(0, "1.0", hour(9).plusSeconds(600)));

        assertThat(so2Account(driver).emitted().grams()).isEqualTo(9000);
        assertThat(driver.deadLetters()).hasSize(1);
    }

    @Test
    void tradingEventsSeenBeforeTheirWindowAreForgottenAndACopyInsideItCountsOnce() {
        driver = new AccountingDriver(WINDOWED).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"))
                .tradingEvent("trade-1", purchase(1, 1000, hour(1)))
                .tradingEvent("trade-1", purchase(1, 1000, hour(1)))
                .tradingEvent("trade-2", purchase(2, 2000, hour(5)));

        assertThat(so2Account(driver).tradedRights().grams()).as("the copy of trade-1 counted once").isEqualTo(3000);
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME)).hasSize(4);

        for (int n = 1; n <= 20; n++) {
            driver.reading(so2Hour(n, "1.0"));
        }
        // At 21:05 the trading window reaches back to 09:05: both trades are forgotten, and a copy now is refused.
        assertThat(keysOf(AccountingStores.HOLDING_CHANGES_SEEN_BY_TIME)).isEmpty();
        driver.tradingEvent("trade-2", purchase(2, 2000, hour(5)));
        assertThat(so2Account(driver).tradedRights().grams()).isEqualTo(3000);
        assertThat(driver.deadLetters()).as("the buyer's change and the seller's").hasSize(2).allSatisfy(letter -> assertThat(
                new String(letter.headers().lastHeader(DeadLetter.REASON).value())).isEqualTo("TOO_LATE"));
    }

    @Test
    void whatThePreviousVersionRememberedStillCountsAsSeenAndMovesIntoTheWindow() {
        driver = new AccountingDriver(WINDOWED);
        // As the previous version left its stores: one entry per reading and holding change, keyed without a time.
        driver.<Boolean>store(AccountingStores.READINGS_SEEN).put(so2Hour(0, "1.0").readingKey(), Boolean.TRUE);
        driver.<Boolean>store(AccountingStores.READINGS_SEEN).put(so2Hour(-48, "1.0").readingKey(), Boolean.TRUE);
        String boughtBefore = PLANT.value() + "|" + SO2_2025.key() + "|trade-1";
        driver.<Boolean>store(AccountingStores.HOLDING_CHANGES_SEEN).put(boughtBefore, Boolean.TRUE);

        driver.reading(so2Hour(0, "1.0"))
                .permitEvent(plantPermit())
                .tradingEvent("trade-1", purchase(1, 1000, hour(0)))
                .reading(so2Hour(1, "1.0"));

        assertThat(so2Account(driver).emitted().grams()).as("only hour 1: hour 0 was counted before the upgrade").isEqualTo(1000);
        assertThat(so2Account(driver).tradedRights()).as("trade-1 was counted before the upgrade").isNull();
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
        assertThat(so2Account(driver).tradedRights()).isNull();
        assertThat(driver.deadLetters()).as("the buyer's change and the seller's, too late").hasSize(2);
    }

    private static String timed(Instant time, String key) {
        return "0" + time.toEpochMilli() + "|" + key;
    }
}
