package org.ecoledger.monitoring.accounting;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIntegrationEvent;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.kafka.PublishedTypes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.amended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.at;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.stackWithLimits;
import static org.ecoledger.monitoring.accounting.AccountingFixture.suspended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.terms;
import static org.ecoledger.monitoring.accounting.AccountingFixture.total;
import static org.ecoledger.monitoring.accounting.AccountingFixture.validity;

/** The wire shapes the accounting reads and the records it stores. */
class AccountingSerdesTest {

    private static final String PERMIT_EVENTS = "permit-events";
    private static final String TRADING_EVENTS = "trading-events";

    private static Headers eventType(String wireName) {
        return new RecordHeaders().add(EventHeaders.EVENT_TYPE, wireName.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReadingIsRoutedByTheEnterpriseItNamesWhereverTheFieldStands() {
        String enterprise = enterprise(1).value();

        assertThat(AccountingSerdes.enterpriseOf(json("""
                {"mn":"010000A8900016F000169DC0","enterpriseId":"%s","factors":[{"code":"a21026"}]}""".formatted(enterprise))))
                .isEqualTo(enterprise);
        assertThat(AccountingSerdes.enterpriseOf(json("""
                {"factors":[{"code":"a21026","enterpriseId":"not this one"}],"by":{"x":[1,2]},"enterpriseId":"%s"}""".formatted(enterprise))))
                .isEqualTo(enterprise);
    }

    @Test
    void aReadingThatNamesNoEnterpriseIsNotRouted() {
        assertThat(AccountingSerdes.enterpriseOf(json("{\"mn\":\"010000A8900016F000169DC0\",\"factors\":[]}"))).isNull();
        assertThat(AccountingSerdes.enterpriseOf(json("{\"enterpriseId\":null}"))).isNull();
        assertThat(AccountingSerdes.enterpriseOf(json("[\"enterpriseId\"]"))).isNull();
        assertThat(AccountingSerdes.enterpriseOf(json("##0012ST=32;CN=2051"))).isNull();
        assertThat(AccountingSerdes.enterpriseOf(null)).isNull();
    }

    @Test
    void aPermitEventIsReadAsTheTypeItsEventTypeHeaderNames() {
        String published = """
                {"permitId":"3f7c9a53-5b6a-3c9e-9d45-2f1b6c0e8a11","permitNumber":"%s001P","enterpriseId":"%s",
                 "region":"510104","reason":"rectification ordered",
                 "by":{"subject":"reviewer-1","role":"REVIEWER","enterprise":null,"jurisdiction":"510100"},
                 "at":"2025-08-01T00:00:00Z","addedLater":"ignored"}
                """.formatted(enterprise(1).value(), enterprise(1).value());

        PermitIntegrationEvent event = AccountingSerdes.permitEvents().deserializer()
                .deserialize(PERMIT_EVENTS, eventType("permit-suspended"), json(published));

        assertThat(event).isInstanceOf(PermitSuspended.class);
        assertThat(event.at()).isEqualTo(at("2025-08-01T00:00:00Z"));
        assertThat(event.enterpriseId()).isEqualTo(enterprise(1));
    }

    @Test
    void aPermitEventOfAnUnknownTypeIsSkipped() {
        assertThat(AccountingSerdes.permitEvents().deserializer()
                .deserialize(PERMIT_EVENTS, eventType("permit-teleported"), json("{}"))).isNull();
    }

    @Test
    void aDeviceReadingIsReadFromItsPublishedJson() {
        String published = """
                {"mn":"0123456789ABCDEF01234567","enterpriseId":"%s","outlet":"DA001","region":"510104","period":"HOUR",
                 "dataTime":"2025-03-01T00:00:00Z",
                 "factors":[{"code":"a21026","rtd":null,"min":null,"avg":12.5,"max":null,"zsAvg":14.25,"cou":0.125,"flag":"N"}],
                 "receivedAt":"2025-03-01T01:00:05.123Z"}
                """.formatted(enterprise(1).value());

        DeviceReadingReceived reading = AccountingSerdes.readings().deserializer().deserialize("device-readings", json(published));

        assertThat(reading.period()).isEqualTo(ReadingPeriod.HOUR);
        assertThat(reading.outlet()).isEqualTo(STACK);
        assertThat(reading.factors()).singleElement().satisfies(f -> {
            assertThat(f.zsAvg()).isEqualByComparingTo("14.25");
            assertThat(f.flag()).isEqualTo(DataFlag.N);
        });
        assertThat(reading.readingKey()).isEqualTo("0123456789ABCDEF01234567/HOUR/2025-03-01T00:00:00Z");
    }

    @Test
    void aPermitBookSurvivesItsStore() {
        PermitBook book = PermitBook.empty(enterprise(1))
                .apply(issued(enterprise(1), 1, validity("2025-01-01", "2029-12-31"),
                        terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "35.5"))), total(Pollutant.SO2, 1_000_000)),
                        at("2024-12-31T16:00:00Z")))
                .apply(amended(enterprise(1), 1, 2, terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "30"))),
                        total(Pollutant.SO2, 800_000)), at("2026-01-05T00:00:00Z")))
                .apply(suspended(enterprise(1), 1, at("2026-02-01T00:00:00Z")));
        var serde = AccountingSerdes.json(PermitBook.class);

        PermitBook stored = serde.deserializer().deserialize("store", serde.serializer().serialize("store", book));

        assertThat(stored).isEqualTo(book);
        assertThat(stored.allowances()).isEqualTo(book.allowances());
    }

    @Test
    void theTopologysOtherRecordsSurviveTheirStores() {
        HourSlot slot = new HourSlot(at("2025-03-01T00:00:00Z"), 812, SlotKind.INVALID, DataFlag.M, SubstitutionBasis.HISTORY, "key");
        SeriesState series = new SeriesState(new SeriesId(enterprise(1), STACK, Pollutant.SO2), AccountingFixture.CHENGDU_DISTRICT,
                at("2025-03-01T00:00:00Z"), at("2025-03-01T05:00:00Z"), at("2025-03-01T04:00:00Z"), at("2025-03-01T03:00:00Z"), null);
        OutletState outlet = new OutletState(new BigDecimal("12000.5"), Instant.parse("2025-03-01T04:00:00.123456Z"));

        assertThat(roundTrip(slot, HourSlot.class)).isEqualTo(slot);
        assertThat(roundTrip(series, SeriesState.class)).isEqualTo(series);
        assertThat(roundTrip(outlet, OutletState.class)).isEqualTo(outlet);
    }

    @Test
    void aFlagEventIsWrittenAsItsRecordAndReadBackByItsHeader() {
        var raised = new FlagChange.Raised(Flags.dataMissingOrInvalid(new SeriesId(enterprise(1), STACK, Pollutant.SO2),
                AccountingFixture.CHENGDU_DISTRICT, at("2025-03-01T01:00:00Z"), 4, 4, at("2025-03-01T06:00:00Z")));
        var serde = AccountingSerdes.flagChanges();
        var headers = AccountingSerdes.headersOf(raised);

        byte[] bytes = serde.serializer().serialize("violation-flags", raised);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"flagId\":\"DATA_MISSING_OR_INVALID:");
        assertThat(serde.deserializer().deserialize("violation-flags", headers, bytes)).isEqualTo(raised);
        assertThat(PublishedTypes.header(headers, EventHeaders.OCCURRED_AT)).contains("2025-03-01T06:00:00Z");
    }

    @Test
    void aTradeSettledAsTradingServicePublishesItBecomesTheBuyersGainAndTheSellersLossUnderItsEventId() {
        String published = """
                {"area":"sichuan","tradeSequence":17,"quotaClass":"SO2/510104/2025","buyer":"%s","seller":"%s",
                 "buyOrderId":"sichuan-33","sellOrderId":"sichuan-34","aggressor":"BUY","price":120,"quantity":5000,"value":60000,
                 "at":"2025-08-01T02:03:04.5Z"}
                """.formatted(enterprise(1).value(), enterprise(2).value());
        Headers headers = eventType("trade-settled").add(EventHeaders.EVENT_ID, json("7d6c1f0e-4a55-4c59-9a3e-0b7f3e3c2a10"));

        IdentifiedTradingEvent read = AccountingSerdes.tradingEvents().deserializer().deserialize(TRADING_EVENTS, headers, json(published));

        QuotaClass so2 = new QuotaClass(Pollutant.SO2, AccountingFixture.CHENGDU_DISTRICT, 2025);
        Instant at = at("2025-08-01T02:03:04.5Z");
        assertThat(read.holdingChanges()).containsExactly(
                new AccountingInput.HoldingChangeArrived("7d6c1f0e-4a55-4c59-9a3e-0b7f3e3c2a10", new HoldingChange(enterprise(1), so2, 5000), at),
                new AccountingInput.HoldingChangeArrived("7d6c1f0e-4a55-4c59-9a3e-0b7f3e3c2a10", new HoldingChange(enterprise(2), so2, -5000), at));
    }

    @Test
    void aTradingEventWithoutAnEventIdIsIdentifiedByItsTypeAndBytesSoThatARedeliveredCopyIsTheSame() {
        byte[] published = AccountingSerdes.tradingEvents().serializer().serialize(TRADING_EVENTS, new IdentifiedTradingEvent("unused",
                TradingFixture.allocated(enterprise(1), TradingFixture.rights(Pollutant.NOX, "510104", 2026), 3000, at("2026-01-05T00:00:00Z"))));
        var deserializer = AccountingSerdes.tradingEvents().deserializer();

        IdentifiedTradingEvent first = deserializer.deserialize(TRADING_EVENTS, eventType("quota-allocated"), published);
        IdentifiedTradingEvent again = deserializer.deserialize(TRADING_EVENTS, eventType("quota-allocated"), published.clone());

        assertThat(first.eventId()).startsWith("quota-allocated:sha256:").isEqualTo(again.eventId());
    }

    @Test
    void aTradingEventOfAnUnknownTypeIsSkipped() {
        assertThat(AccountingSerdes.tradingEvents().deserializer()
                .deserialize(TRADING_EVENTS, eventType("rights-pledged"), json("{}"))).isNull();
    }

    @Test
    void aHoldingChangeSurvivesItsRepartitionTopic() {
        var change = new AccountingInput.HoldingChangeArrived("event-1",
                new HoldingChange(enterprise(1), TradingFixture.rights(Pollutant.COD, "510703", 2027), -12_000), at("2026-03-01T00:00:00Z"));

        assertThat(roundTrip(change, AccountingInput.HoldingChangeArrived.class)).isEqualTo(change);
    }

    @Test
    void aTradeOfAnEnterpriseWithItselfMovesNothing() {
        var selfTrade = TradingFixture.trade(1, TradingFixture.rights(Pollutant.SO2, "510104", 2025), enterprise(1), enterprise(1), 1000,
                at("2025-08-01T00:00:00Z"));

        assertThat(AccountingInput.HoldingChangeArrived.of("event-1", selfTrade)).isEmpty();
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        var serde = AccountingSerdes.json(type);
        return serde.deserializer().deserialize("store", serde.serializer().serialize("store", value));
    }
}
