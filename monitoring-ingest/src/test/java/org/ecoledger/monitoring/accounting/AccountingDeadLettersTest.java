package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.AIR_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.cou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.flow;
import static org.ecoledger.monitoring.accounting.AccountingFixture.hourly;
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
 * A record the accounting cannot account goes to the dead-letter topic with its source and reason,
 * is counted, and the records around it are accounted as if it were not there.
 */
class AccountingDeadLettersTest {

    private AccountingDriver driver;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private void raw(String topic, String key, String value, Headers headers, Instant at) {
        driver.rawInput(topic).pipeInput(new TestRecord<>(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers, at));
    }

    private static Headers eventType(String wireName) {
        return new RecordHeaders().add(EventHeaders.EVENT_TYPE, wireName.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedReadingBetweenGoodOnesIsSetAsideWithItsSourceAndTheGoodOnesCount() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"));
        raw(Topics.DEVICE_READINGS.name(), "010000A8900016F000169DC0", "{\"mn\": \"010000A8900016F000169DC0\", \"enterpri",
                eventType("device-reading-received"), hour(1).plusSeconds(301));
        driver.reading(so2Hour(1, "2.0"));

        assertThat(so2Account(driver).emitted().grams()).as("both good hours").isEqualTo(3000);
        List<TestRecord<String, byte[]>> deadLetters = driver.deadLetters();
        assertThat(deadLetters).hasSize(1);
        TestRecord<String, byte[]> letter = deadLetters.get(0);
        assertThat(letter.key()).isEqualTo("010000A8900016F000169DC0");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"mn\": \"010000A8900016F000169DC0\", \"enterpri");
        assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo("device-readings");
        assertThat(header(letter, DeadLetter.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).as("the second record of device-readings").isEqualTo("1");
        assertThat(header(letter, DeadLetter.REASON)).isEqualTo("UNREADABLE");
        assertThat(header(letter, EventHeaders.EVENT_TYPE)).as("its own headers are kept").isEqualTo("device-reading-received");
        assertThat(driver.deadLettersCounted("device-readings", DeadLetterReason.UNREADABLE)).isEqualTo(1.0);
    }

    @Test
    void aReadingThatCannotBeReadAfterTheRepartitionIsSetAsideUnderItsDeviceReadingsOffset() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0")).reading(so2Hour(1, "1.0"));
        // Routed by its enterpriseId, then unreadable in full: a period that does not exist.
        raw(Topics.DEVICE_READINGS.name(), "mn", "{\"enterpriseId\": \"" + PLANT.value() + "\", \"period\": \"FORTNIGHT\"}",
                eventType("device-reading-received"), hour(2));
        driver.reading(so2Hour(2, "1.0"));

        assertThat(so2Account(driver).emitted().grams()).isEqualTo(3000);
        TestRecord<String, byte[]> letter = driver.deadLetters().get(0);
        assertThat(letter.key()).as("keyed as it was read, by enterprise").isEqualTo(PLANT.value());
        assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).as("not the repartition topic").isEqualTo("device-readings");
        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).isEqualTo("2");
        assertThat(header(letter, DeadLetter.REASON)).isEqualTo("UNREADABLE");
        assertThat(header(letter, DeadLetter.DETAIL)).contains("DeviceReadingReceived");
    }

    @Test
    void aReadingThatNamesNoOutletIsSetAsideAsNotAccountable() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit());
        raw(Topics.DEVICE_READINGS.name(), "mn", "{\"mn\": \"010000A8900016F000169DC0\", \"enterpriseId\": \"" + PLANT.value()
                + "\", \"period\": \"HOUR\", \"dataTime\": \"2025-03-01T00:00:00Z\", \"factors\": [], \"receivedAt\": \"2025-03-01T01:05:00Z\"}",
                eventType("device-reading-received"), hour(1));
        driver.reading(so2Hour(0, "1.0"));

        assertThat(so2Account(driver).emitted().grams()).isEqualTo(1000);
        assertThat(driver.deadLetters()).extracting(r -> header(r, DeadLetter.REASON)).containsExactly("NOT_ACCOUNTABLE");
        assertThat(driver.deadLettersCounted("device-readings", DeadLetterReason.NOT_ACCOUNTABLE)).isEqualTo(1.0);
    }

    @Test
    void permitEventsThatAreUnreadableOfAnUnknownTypeOrIncompleteAreSetAsideAndTheNextPermitEventStillApplies() {
        driver = new AccountingDriver(CONFIG);
        raw(Topics.PERMIT_EVENTS.name(), PLANT.value(), "{\"permitId\": 42", eventType("permit-issued"), hour(0));
        raw(Topics.PERMIT_EVENTS.name(), PLANT.value(), "{}", eventType("permit-teleported"), hour(0));
        raw(Topics.PERMIT_EVENTS.name(), PLANT.value(), "{}", new RecordHeaders(), hour(0));
        // Binds, but leaves out what the permit book needs.
        raw(Topics.PERMIT_EVENTS.name(), PLANT.value(), "{\"enterpriseId\": \"" + PLANT.value() + "\", \"at\": \"2025-01-01T00:00:00Z\"}",
                eventType("permit-issued"), hour(0));
        driver.permitEvent(plantPermit()).reading(so2Hour(0, "1.0"));

        assertThat(so2Account(driver).allowed().grams()).as("the permit after them applied").isEqualTo(50_000_000);
        List<TestRecord<String, byte[]>> deadLetters = driver.deadLetters();
        assertThat(deadLetters).extracting(r -> header(r, DeadLetter.REASON))
                .containsExactly("UNREADABLE", "UNKNOWN_EVENT_TYPE", "UNKNOWN_EVENT_TYPE", "NOT_ACCOUNTABLE");
        assertThat(deadLetters).extracting(r -> header(r, DeadLetter.SOURCE_OFFSET)).containsExactly("0", "1", "2", "3");
        assertThat(header(deadLetters.get(3), DeadLetter.DETAIL)).isEqualTo("names no permitId");
        assertThat(header(deadLetters.get(1), DeadLetter.DETAIL)).isEqualTo("event-type permit-teleported");
        assertThat(header(deadLetters.get(2), DeadLetter.DETAIL)).isEqualTo("no event-type header");
        assertThat(driver.deadLettersCounted("permit-events", DeadLetterReason.UNKNOWN_EVENT_TYPE)).isEqualTo(2.0);
    }

    @Test
    void aTradingEventOfAnUnexpectedShapeIsSetAsideAndTheTradesAroundItCount() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"))
                .tradingEvent("trade-1", trade(1, SO2_2025, PLANT, NEIGHBOUR, 1000, hour(1)));
        // A trade that names no buyer, seller or quantity: read, but its holding changes cannot be made.
        raw(Topics.TRADING_EVENTS.name(), "sichuan", "{\"area\": \"sichuan\", \"sequence\": 2, \"quotaClass\": \"SO2/510104/2025\"}",
                new RecordHeaders().add(EventHeaders.EVENT_TYPE, "trade-settled".getBytes(StandardCharsets.UTF_8))
                        .add(EventHeaders.EVENT_ID, "trade-2".getBytes(StandardCharsets.UTF_8)), hour(1));
        driver.tradingEvent("trade-3", trade(3, SO2_2025, PLANT, NEIGHBOUR, 2000, hour(1)));

        assertThat(so2Account(driver).tradedRights().grams()).isEqualTo(3000);
        TestRecord<String, byte[]> letter = driver.deadLetters().get(0);
        assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo("trading-events");
        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(letter, EventHeaders.EVENT_ID)).isEqualTo("trade-2");
        assertThat(header(letter, DeadLetter.REASON)).isEqualTo("NOT_ACCOUNTABLE");
        assertThat(driver.deadLetters()).hasSize(1);
    }

    @Test
    void anHourlyReadingWhosePeriodStartsBeforeTheWindowIsRefusedAsTooLateAndCountsNothing() {
        driver = new AccountingDriver(CONFIG.withAcceptance(Duration.ofHours(6), AccountingConfig.TRADING_EVENTS_ACCEPTED_FOR))
                .permitEvent(plantPermit())
                .reading(so2Hour(0, "1.0")).reading(so2Hour(10, "1.0"));
        long before = so2Account(driver).emitted().grams();
        // Hour 2 was filled as missing long ago; its data arrives eight hours after it.
        driver.reading(hourly(PLANT, STACK, hour(2), hour(11), cou("a21026", "0.1", DataFlag.N), flow(AIR_FLOW, "10000")));

        assertThat(so2Account(driver).emitted().grams()).as("the substitute stands").isEqualTo(before);
        TestRecord<String, byte[]> letter = driver.deadLetters().get(0);
        assertThat(header(letter, DeadLetter.REASON)).isEqualTo("TOO_LATE");
        assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo("device-readings");
        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).isEqualTo("2");
        assertThat(header(letter, DeadLetter.DETAIL)).contains("2025-03-01T02:00:00Z", "PT6H");
        assertThat(AccountingSerdes.readings().deserializer().deserialize("dead", letter.value()).dataTime()).isEqualTo(hour(2));
        assertThat(driver.deadLettersCounted("device-readings", DeadLetterReason.TOO_LATE)).isEqualTo(1.0);
    }

    @Test
    void aReadingDatedMoreThanAnHourAfterItsReceiptIsRefusedAsDatedAheadWhileOneAnHourAheadCounts() {
        driver = new AccountingDriver(CONFIG).permitEvent(plantPermit()).reading(so2Hour(0, "1.0"));
        long before = so2Account(driver).emitted().grams();
        // A logger whose clock is a year ahead dates the hour it just measured in 2026.
        driver.reading(hourly(PLANT, STACK, hour(1).plus(Duration.ofDays(365)), hour(2).plusSeconds(300),
                cou("a21026", "0.1", DataFlag.N), flow(AIR_FLOW, "10000")));

        assertThat(so2Account(driver).emitted().grams()).isEqualTo(before);
        assertThat(driver.queries().annualAccount(PLANT, 2026)).as("nothing counts in a year that has not begun")
                .allSatisfy(line -> assertThat(line.emitted().grams()).isZero());
        TestRecord<String, byte[]> letter = driver.deadLetters().get(0);
        assertThat(header(letter, DeadLetter.REASON)).isEqualTo("DATED_AHEAD");
        assertThat(header(letter, DeadLetter.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(letter, DeadLetter.DETAIL)).contains("2026-03-01T01:00:00Z", "PT1H", "2025-03-01T02:05:00Z");
        assertThat(driver.deadLettersCounted("device-readings", DeadLetterReason.DATED_AHEAD)).isEqualTo(1.0);

        // A logger an hour fast sends hour 3's data as the hour it believes has ended: it counts.
        driver.reading(so2Hour(3, "1.0", hour(2)));
        assertThat(so2Account(driver).emitted().grams()).isEqualTo(before + 1000);
        assertThat(driver.deadLetters()).hasSize(1);
    }

    @Test
    void aTradingEventOlderThanItsWindowIsRefusedAsTooLateAndChangesNoAllowance() {
        driver = new AccountingDriver(CONFIG.withAcceptance(AccountingConfig.READINGS_ACCEPTED_FOR, Duration.ofDays(1)))
                .permitEvent(plantPermit())
                .reading(so2Hour(0, "1.0")).reading(so2Hour(50, "1.0"))
                .tradingEvent("trade-1", trade(1, SO2_2025, PLANT, NEIGHBOUR, 1000, hour(2)));

        assertThat(so2Account(driver).tradedRights()).isNull();
        // One per holding change the event makes: the buyer's and the seller's.
        assertThat(driver.deadLetters()).extracting(TestRecord::key).containsExactlyInAnyOrder(PLANT.value(), NEIGHBOUR.value());
        assertThat(driver.deadLetters()).extracting(r -> header(r, DeadLetter.REASON)).containsOnly("TOO_LATE");
        assertThat(driver.deadLetters()).extracting(r -> header(r, DeadLetter.SOURCE_TOPIC)).containsOnly("trading-events");
        assertThat(driver.deadLettersCounted("trading-events", DeadLetterReason.TOO_LATE)).isEqualTo(2.0);
    }
}
