package org.ecoledger.trading.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.trading.api.OrderPlaced;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedValuesTest {

    /** As Spring Boot builds the application's mapper. */
    private static final ObjectMapper SERVICE = Jackson2ObjectMapperBuilder.json().modulesToInstall(new UtcInstants(), new PublishedValues())
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** The same without the module: every value through its {@code @JsonValue}. */
    private static final ObjectMapper ANNOTATED = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static final TradingAreaId SICHUAN = TradingAreaId.of("sichuan");
    private static final EnterpriseId POWER_PLANT = EnterpriseId.of("91510104MA6CHP001C");
    private static final EnterpriseId PAPER_MILL = EnterpriseId.of("91510700MA6MYP002G");
    private static final QuotaClass SO2_CHENGDU_2026 = QuotaClass.parse("SO2/510100/2026");

    record Values(List<Object> values, Map<String, Object> byName) {
    }

    @Test
    void everyValueTheModuleListsIsWrittenAsItsJsonValueWritesIt() throws Exception {
        List<Object> values = List.of(SICHUAN, POWER_PLANT, SO2_CHENGDU_2026, new OrderId(SICHUAN, 42), ClientOrderId.of("c-7"),
                RegionCode.of("510104"), PermitId.of("0b6c1a52-2a5e-4c1d-9a7e-3f1f4b6f9d10"), TransferId.random(), AuctionId.random(),
                BuyBackId.random(), StockingId.random(), AllocationId.random(), Mass.ofGrams(-5), Money.ofFen(Long.MAX_VALUE),
                Price.ofFenPerKilogram(90));
        Values written = new Values(values, Map.of("price", Price.ofFenPerKilogram(1), "mass", Mass.ofGrams(0)));

        assertThat(SERVICE.writeValueAsString(written)).isEqualTo(ANNOTATED.writeValueAsString(written));
        for (Object value : values) {
            assertThat(SERVICE.getSerializerProviderInstance().findValueSerializer(value.getClass()).getClass().getEnclosingClass())
                    .as(value.getClass().getSimpleName()).isEqualTo(PublishedValues.class);
        }
    }

    @Test
    void theEventsOfAnOrderAndATradeAreWrittenAsBefore() throws Exception {
        Instant at = Instant.parse("2026-11-25T01:18:42.011532Z");
        OrderPlaced placed = new OrderPlaced(SICHUAN, new OrderId(SICHUAN, 7), POWER_PLANT, ClientOrderId.of("c-7"), SO2_CHENGDU_2026, Side.BUY,
                Price.ofFenPerKilogram(90), Mass.ofGrams(5_000_000), Actor.enterprise("chengdu-power", POWER_PLANT), at);
        TradeSettled trade = new TradeSettled(SICHUAN, 3, SO2_CHENGDU_2026, POWER_PLANT, PAPER_MILL, new OrderId(SICHUAN, 7),
                new OrderId(SICHUAN, 5), Side.BUY, Price.ofFenPerKilogram(90), Mass.ofGrams(5_000_000), Money.ofFen(450_000), at);

        assertThat(SERVICE.writeValueAsString(placed)).isEqualTo(ANNOTATED.writeValueAsString(placed)).contains("\"limitPrice\":90",
                "\"quotaClass\":\"SO2/510100/2026\"", "\"orderId\":\"sichuan-7\"");
        assertThat(SERVICE.writeValueAsString(trade)).isEqualTo(ANNOTATED.writeValueAsString(trade));
    }
}
