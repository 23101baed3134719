package org.ecoledger.monitoring.accounting;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.monitoring.HourStatus;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.MonthlyEmissionTallied;
import org.ecoledger.common.monitoring.event.ViolationFlagContinued;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.averageAndCou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.hourly;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.stackWithLimits;
import static org.ecoledger.monitoring.accounting.AccountingFixture.terms;
import static org.ecoledger.monitoring.accounting.AccountingFixture.total;
import static org.ecoledger.monitoring.accounting.AccountingFixture.validity;

/** What goes out on {@code emission-accounts}: monthly totals and open flags as they go on, published when they changed. */
class EmissionAccountsPublisherTest {

    private static final AccountingConfig CONFIG =
            new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ZERO, Duration.ZERO);
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final EnterpriseId PLANT = enterprise(1);
    private static final Instant H0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final String SO2 = "a21026";

    private TopologyTestDriver driver;
    private TestInputTopic<String, DeviceReadingReceived> readings;
    private TestInputTopic<String, PermitIntegrationEvent> permitEvents;
    private TestInputTopic<String, IdentifiedTradingEvent> tradingEvents;
    private TestOutputTopic<String, byte[]> accounts;

    @BeforeEach
    void startDriver() {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "emission-accounts-test-" + UUID.randomUUID());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        driver = new TopologyTestDriver(new EmissionAccountingTopology(CONFIG, StateStoreKind.IN_MEMORY, INTERVAL, new SimpleMeterRegistry()).build(), properties,
                H0);
        readings = driver.createInputTopic(Topics.DEVICE_READINGS.name(), new StringSerializer(), AccountingSerdes.readings().serializer());
        permitEvents = driver.createInputTopic(Topics.PERMIT_EVENTS.name(), new StringSerializer(), AccountingSerdes.permitEvents().serializer());
        tradingEvents = driver.createInputTopic(Topics.TRADING_EVENTS.name(), new StringSerializer(), AccountingSerdes.tradingEvents().serializer());
        accounts = driver.createOutputTopic(Topics.EMISSION_ACCOUNTS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static Instant hour(int n) {
        return H0.plus(Duration.ofHours(n));
    }

    private void permit() {
        var event = issued(PLANT, 1, validity("2025-01-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "100"))), total(Pollutant.SO2, 50_000_000)),
                Instant.parse("2024-12-31T16:00:00Z"));
        var headers = new RecordHeaders().add(EventHeaders.EVENT_TYPE, bytes(Topics.PERMIT_EVENTS.wireNameOf(event.getClass())));
        permitEvents.pipeInput(new TestRecord<>(PLANT.value(), event, headers, event.at()));
    }

    /** An hour of SO2 at the stack, sent five minutes after it ended. */
    private void so2(int n, String average, String kilograms, DataFlag flag) {
        DeviceReadingReceived reading = hourly(PLANT, STACK, hour(n), hour(n + 1).plusSeconds(300), averageAndCou(SO2, average, kilograms, flag));
        var headers = new RecordHeaders().add(EventHeaders.EVENT_TYPE, bytes(Topics.DEVICE_READINGS.wireNameOf(DeviceReadingReceived.class)));
        readings.pipeInput(new TestRecord<>(reading.mn().value(), reading, headers, reading.receivedAt()));
    }

    private List<Object> published() {
        driver.advanceWallClockTime(INTERVAL);
        return accounts.readRecordsToList().stream().map(EmissionAccountsPublisherTest::read).toList();
    }

    private static Object read(TestRecord<String, byte[]> record) {
        String type = new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8);
        try {
            return AccountingSerdes.JSON.readValue(record.value(), Topics.EMISSION_ACCOUNTS.eventTypeOf(type).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void exceedTheLimitAndThenLoseData() {
        permit();
        so2(0, "90", "1", DataFlag.N);
        so2(1, "120", "2", DataFlag.N);
        so2(2, "130", "3", DataFlag.N);
        so2(3, "80", "1", DataFlag.D);
    }

    @Test
    void aMonthsTotalsGoOutAgainstTheYearsAllowance() {
        exceedTheLimitAndThenLoseData();

        assertThat(published()).filteredOn(MonthlyEmissionTallied.class::isInstance).containsExactly(new MonthlyEmissionTallied(PLANT,
                2025, 3, Pollutant.SO2, Mass.ofGrams(9_000), Mass.ofGrams(3_000), Mass.ofGrams(50_000_000), hour(4).plusSeconds(300)));
    }

    @Test
    void anOpenFlagGoesOutWithItsDurationPeakExceededMassAndTheHoursAroundItsOnset() {
        exceedTheLimitAndThenLoseData();

        ViolationFlagContinued flag = (ViolationFlagContinued) published().stream()
                .filter(ViolationFlagContinued.class::isInstance).findFirst().orElseThrow();
        assertThat(flag.onsetAt()).isEqualTo(hour(1));
        assertThat(flag.durationHours()).isEqualTo(3);
        assertThat(flag.peak()).isEqualByComparingTo("130");
        assertThat(flag.exceeded()).isEqualTo(Mass.ofGrams(8_000));
        assertThat(flag.evidence()).extracting(EvidenceHour::hour).containsExactly(hour(0), hour(1), hour(2), hour(3));
        assertThat(flag.evidence().get(3)).isEqualTo(new EvidenceHour(STACK, Pollutant.SO2, hour(3), Mass.ofGrams(3_000),
                HourStatus.INVALID, DataFlag.D));
    }

    @Test
    void nothingThatStayedTheSameGoesOutAgain() {
        exceedTheLimitAndThenLoseData();
        assertThat(published()).hasSize(2);
        assertThat(published()).isEmpty();

        so2(4, "140", "1", DataFlag.N);
        List<Object> changed = published();
        assertThat(changed).hasSize(2);
        assertThat(changed).filteredOn(ViolationFlagContinued.class::isInstance)
                .extracting(f -> ((ViolationFlagContinued) f).peak().toPlainString()).containsExactly("140");
    }

    @Test
    void aMonthGoesOutAgainWhenOnlyTheYearsAllowanceChanged() {
        permit();
        so2(0, "90", "1", DataFlag.N);
        assertThat(published()).filteredOn(MonthlyEmissionTallied.class::isInstance)
                .extracting(m -> ((MonthlyEmissionTallied) m).allowance()).containsExactly(Mass.ofGrams(50_000_000));

        // The plant buys 2 t of SO2 rights of 2025: no reading, only the allowance moves.
        TradeSettled bought = TradingFixture.trade(1, TradingFixture.rights(Pollutant.SO2, "510104", 2025), PLANT, enterprise(2), 2_000_000,
                hour(2));
        var headers = new RecordHeaders().add(EventHeaders.EVENT_ID, bytes("trade-1"))
                .add(EventHeaders.EVENT_TYPE, bytes(Topics.TRADING_EVENTS.wireNameOf(TradeSettled.class)));
        tradingEvents.pipeInput(new TestRecord<>(bought.area().value(), new IdentifiedTradingEvent("trade-1", bought), headers, bought.at()));

        assertThat(published()).filteredOn(MonthlyEmissionTallied.class::isInstance)
                .extracting(m -> ((MonthlyEmissionTallied) m).emitted(), m -> ((MonthlyEmissionTallied) m).allowance())
                .containsExactly(tuple(Mass.ofGrams(1_000), Mass.ofGrams(52_000_000)));
    }

    @Test
    void aClearedFlagGoesOutNoMore() {
        exceedTheLimitAndThenLoseData();
        published();

        so2(4, "50", "1", DataFlag.N);
        assertThat(published()).noneMatch(ViolationFlagContinued.class::isInstance);
    }

    @Test
    void aReadingTheAccountingRefusedAsTooLateDoesNotRaiseAFlagsPeak() {
        exceedTheLimitAndThenLoseData();
        int monthOn = 24 * 31;
        so2(monthOn, "150", "1", DataFlag.N);
        // Hour 5, after the onset, but sent a month late: refused, so its 500 is no peak.
        DeviceReadingReceived late = hourly(PLANT, STACK, hour(5), hour(monthOn + 1).plusSeconds(600), averageAndCou(SO2, "500", "1", DataFlag.N));
        var headers = new RecordHeaders().add(EventHeaders.EVENT_TYPE, bytes(Topics.DEVICE_READINGS.wireNameOf(DeviceReadingReceived.class)));
        readings.pipeInput(new TestRecord<>(late.mn().value(), late, headers, late.receivedAt()));

        assertThat(published()).filteredOn(ViolationFlagContinued.class::isInstance)
                .extracting(f -> ((ViolationFlagContinued) f).peak().toPlainString()).containsExactly("150");
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
