package org.ecoledger.monitoring.emissions;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.accounting.DeadLetter;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end with real Kafka: records the accounting cannot read (bytes that are no reading, a
 * reading that fails to read after the repartition, a trading event of an unexpected shape) land on
 * {@code emission-accounting-dead-letters} with their source and reason, are counted, and the
 * accounting goes on with the records behind them.
 */
class UnreadableInputsAreSetAsideIT {

    private static final EnterpriseId ENTERPRISE = enterprise("91511100MA62DEAD1");
    private static final EnterpriseId NEIGHBOUR = enterprise("91511100MA62DEAD2");
    /** Leshan, where no other test of the module keeps flags: the broker and its topics are shared by the module's tests. */
    private static final RegionCode LESHAN_DISTRICT = RegionCode.of("511102");
    private static final OutletCode STACK = OutletCode.of("DA001");
    private static final DeviceMn MN = DeviceMn.of("010000A8900016F0000DEAD1");
    private static final TradingAreaId AREA = TradingAreaId.of("sichuan");
    private static final String INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-leshan", "511100"));

    @Test
    void unreadableReadingsAndTradingEventsGoToTheDeadLetterTopicAndTheRecordsBehindThemCount(@TempDir Path stateDirectory) throws Exception {
        try (var service = MonitoringFixture.startWithOwnAccounting("monitoring_dead_letters", stateDirectory);
             var producer = new KafkaProducer<>(Map.<String, Object>of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            ApiClient api = service.api();
            MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, LESHAN_DISTRICT, "0.002"));
            Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            int year = thisHour.minus(Duration.ofHours(2)).atOffset(Validity.CHINA).getYear();
            String account = "/api/emissions/enterprises/" + ENTERPRISE + "/years/" + year;
            await().atMost(Duration.ofSeconds(60)).until(() -> so2Line(api.get(account, INSPECTOR).body()), line -> line != null);

            String poisonId = UUID.randomUUID().toString();
            // Keyed by the MN like the good readings, so it sits in their partition, before them.
            RecordMetadata garbage = send(producer, Topics.DEVICE_READINGS.name(), MN.value(), "not a reading " + poisonId,
                    "device-reading-received", poisonId);
            RecordMetadata fortnight = send(producer, Topics.DEVICE_READINGS.name(), MN.value(),
                    "{\"enterpriseId\": \"" + ENTERPRISE.value() + "\", \"period\": \"FORTNIGHT\", \"poison\": \"" + poisonId + "\"}",
                    "device-reading-received", poisonId);
            for (Instant hour : List.of(thisHour.minus(Duration.ofHours(2)), thisHour.minus(Duration.ofHours(1)))) {
                MonitoringFixture.publish(Topics.DEVICE_READINGS, MN.value(), so2Hour(hour), UUID.randomUUID().toString());
            }
            RecordMetadata shapeless = send(producer, Topics.TRADING_EVENTS.name(), AREA.value(), "{\"area\": \"sichuan\", \"sequence\": [",
                    "trade-settled", poisonId);
            QuotaClass so2 = new QuotaClass(Pollutant.SO2, LESHAN_DISTRICT, year);
            MonitoringFixture.publish(Topics.TRADING_EVENTS, AREA.value(), trade(so2, ENTERPRISE, NEIGHBOUR, 1000),
                    UUID.randomUUID().toString());

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode line = so2Line(api.get(account, INSPECTOR).body());
                assertThat(line.path("emitted").asLong()).as("both hours behind the unreadable readings").isEqualTo(2500);
                assertThat(line.path("tradedRights").asLong()).as("the trade behind the unreadable event").isEqualTo(1000);
            });

            List<ConsumerRecord<String, byte[]>> letters = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLettersOf(poisonId), found -> found.size() >= 3);
            assertThat(letters).anySatisfy(letter -> assertSetAside(letter, garbage, "UNREADABLE"));
            assertThat(letters).anySatisfy(letter -> {
                assertSetAside(letter, fortnight, "UNREADABLE");
                assertThat(letter.key()).as("read after the repartition, by enterprise").isEqualTo(ENTERPRISE.value());
            });
            assertThat(letters).anySatisfy(letter -> assertSetAside(letter, shapeless, "UNREADABLE"));

            MeterRegistry meters = service.bean(MeterRegistry.class);
            Counter readings = meters.find("ecoledger.accounting.dead.letters").tag("source", "device-readings").tag("reason", "UNREADABLE")
                    .counter();
            assertThat(readings).isNotNull();
            assertThat(readings.count()).isGreaterThanOrEqualTo(2);
            assertThat(meters.find("ecoledger.accounting.dead.letters").tag("source", "trading-events").counter()).isNotNull();
        }
    }

    private static void assertSetAside(ConsumerRecord<String, byte[]> letter, RecordMetadata source, String reason) {
        assertThat(header(letter.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo(source.topic());
        assertThat(header(letter.headers(), DeadLetter.SOURCE_PARTITION)).isEqualTo(Integer.toString(source.partition()));
        assertThat(header(letter.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo(Long.toString(source.offset()));
        assertThat(header(letter.headers(), DeadLetter.REASON)).isEqualTo(reason);
        assertThat(header(letter.headers(), DeadLetter.DETAIL)).isNotBlank();
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, String topic, String key, String value, String eventType,
                                       String eventId) throws Exception {
        Headers headers = new RecordHeaders()
                .add(EventHeaders.EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8))
                .add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        return producer.send(new ProducerRecord<>(topic, null, key, value.getBytes(StandardCharsets.UTF_8), headers)).get();
    }

    /** The dead letters of this test's poison records, recognised by the event ID they were sent with, as an operator would read them. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(String eventId) {
        var found = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningService.INFRASTRUCTURE.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ACCOUNTING_DEAD_LETTERS.name()));
            for (int poll = 0; poll < 6; poll++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (eventId.equals(header(record.headers(), EventHeaders.EVENT_ID))) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static EnterpriseId enterprise(String first17) {
        return EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17));
    }

    private static DeviceReadingReceived so2Hour(Instant hour) {
        var so2 = new FactorReading("a21026", null, null, new BigDecimal("30.5"), null, null, new BigDecimal("1.25"), DataFlag.N);
        return new DeviceReadingReceived(MN, ENTERPRISE, STACK, LESHAN_DISTRICT, ReadingPeriod.HOUR, hour, List.of(so2), Instant.now());
    }

    private static TradeSettled trade(QuotaClass quotaClass, EnterpriseId buyer, EnterpriseId seller, long grams) {
        Price price = Price.ofFenPerKilogram(150);
        Mass quantity = Mass.ofGrams(grams);
        return new TradeSettled(AREA, 1, quotaClass, buyer, seller, new OrderId(AREA, 2), new OrderId(AREA, 3), Side.BUY, price, quantity,
                price.valueOf(quantity), Instant.now());
    }

    private static JsonNode so2Line(JsonNode account) {
        for (JsonNode line : account) {
            if ("SO2".equals(line.path("pollutant").asText())) {
                return line;
            }
        }
        return null;
    }
}
