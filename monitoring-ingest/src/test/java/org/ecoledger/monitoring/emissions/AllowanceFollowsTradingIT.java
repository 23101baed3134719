package org.ecoledger.monitoring.emissions;

import com.fasterxml.jackson.databind.JsonNode;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitIssued;
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
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end with real Kafka: the accounting follows the enterprise's trades on
 * {@code trading-events} as trading-service publishes them. A purchase of rights raises the
 * allowance in the year-to-date account and clears the exceeded annual total; the same trade
 * delivered again changes nothing; a sale below what was emitted raises a new flag. An enterprise
 * that holds rights without a permit known here sees its own account.
 */
class AllowanceFollowsTradingIT {

    private static final EnterpriseId ENTERPRISE = enterprise("91510300MA62TRAD1");
    private static final EnterpriseId NEIGHBOUR = enterprise("91510300MA62TRAD2");
    /** Zigong, where no other test of the module keeps flags: the broker and its topics are shared by the module's tests. */
    private static final RegionCode ZIGONG_DISTRICT = RegionCode.of("510302");
    private static final OutletCode STACK = OutletCode.of("DA001");
    private static final DeviceMn MN = DeviceMn.of("010000A8900016F0000AB1C2");
    private static final TradingAreaId AREA = TradingAreaId.of("sichuan");
    private static final String INSPECTOR = RunningService.tokenFor(LocalUser.inspector("inspector-zigong", "510300"));
    private static final String NEIGHBOUR_TOKEN = RunningService.tokenFor(LocalUser.enterprise("zigong-neighbour", NEIGHBOUR.value()));

    @Test
    void boughtRightsRaiseTheAllowanceAndClearTheExceededTotalOnceAndSoldRightsRaiseANewFlag(@TempDir Path stateDirectory) throws Exception {
        try (var service = MonitoringFixture.startWithOwnAccounting("monitoring_allowance", stateDirectory)) {
            ApiClient api = service.api();
            // An allowance of 2 kg of SO2 a year: two hours at 1.25 kg exceed it.
            PermitIssued permit = MonitoringFixture.coalPlantPermit(ENTERPRISE, ZIGONG_DISTRICT, "0.002");
            MonitoringFixture.publish(permit);
            // The two hours before the current one, so that no earlier hour counts as missing data.
            Instant thisHour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            int year = thisHour.minus(Duration.ofHours(2)).atOffset(Validity.CHINA).getYear();
            String account = "/api/emissions/enterprises/" + ENTERPRISE + "/years/" + year;
            await().atMost(Duration.ofSeconds(60)).until(() -> so2Line(api.get(account, INSPECTOR).body()),
                    line -> line != null && line.path("allowed").asLong() == 2000);

            for (Instant hour : List.of(thisHour.minus(Duration.ofHours(2)), thisHour.minus(Duration.ofHours(1)))) {
                MonitoringFixture.publish(Topics.DEVICE_READINGS, MN.value(), so2Hour(hour), UUID.randomUUID().toString());
            }
            String exceeded = await().atMost(Duration.ofSeconds(30)).until(() -> annualTotalFlag(api), id -> id != null);
            assertThat(so2Line(api.get(account, INSPECTOR).body()).path("emitted").asLong()).isEqualTo(2500);

            QuotaClass so2 = new QuotaClass(Pollutant.SO2, ZIGONG_DISTRICT, year);
            String purchase = UUID.randomUUID().toString();
            TradeSettled bought = trade(1, so2, ENTERPRISE, NEIGHBOUR, 1000);
            MonitoringFixture.publish(Topics.TRADING_EVENTS, AREA.value(), bought, purchase);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode line = so2Line(api.get(account, INSPECTOR).body());
                assertThat(line.path("allowed").asLong()).isEqualTo(3000);
                assertThat(line.path("tradedRights").asLong()).isEqualTo(1000);
                assertThat(annualTotalFlag(api)).as("cleared by the purchase").isNull();
            });

            // trading-service publishes at least once: the purchase again, then a sale. One area's events
            // stay in order, so once the sale counts, the copy has been seen; had it counted too, 1000 g
            // more would keep the total within the allowance.
            MonitoringFixture.publish(Topics.TRADING_EVENTS, AREA.value(), bought, purchase);
            MonitoringFixture.publish(Topics.TRADING_EVENTS, AREA.value(), trade(2, so2, NEIGHBOUR, ENTERPRISE, 1000),
                    UUID.randomUUID().toString());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode line = so2Line(api.get(account, INSPECTOR).body());
                assertThat(line.path("allowed").asLong()).isEqualTo(2000);
                assertThat(line.path("tradedRights").isNumber()).as("it has traded, and holds none of it now").isTrue();
                assertThat(line.path("tradedRights").asLong()).isZero();
                assertThat(annualTotalFlag(api)).as("a new onset, a new flag").isNotNull().isNotEqualTo(exceeded);
            });

            // The neighbour holds rights and has no permit here: it sees its own account, an inspector cannot place it.
            String neighbours = "/api/emissions/enterprises/" + NEIGHBOUR + "/years/" + year;
            var own = api.get(neighbours, NEIGHBOUR_TOKEN);
            assertThat(own.status()).isEqualTo(200);
            assertThat(so2Line(own.body()).path("tradedRights").asLong()).as("sold 1 kg and bought it back").isZero();
            assertThat(so2Line(own.body()).path("emitted").asLong()).isZero();
            assertThat(api.get(neighbours, INSPECTOR).status()).isEqualTo(404);
        }
    }

    private static EnterpriseId enterprise(String first17) {
        return EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17));
    }

    private static DeviceReadingReceived so2Hour(Instant hour) {
        var so2 = new FactorReading("a21026", null, null, new BigDecimal("30.5"), null, null, new BigDecimal("1.25"), DataFlag.N);
        return new DeviceReadingReceived(MN, ENTERPRISE, STACK, ZIGONG_DISTRICT, ReadingPeriod.HOUR, hour, List.of(so2), Instant.now());
    }

    private static TradeSettled trade(long sequence, QuotaClass quotaClass, EnterpriseId buyer, EnterpriseId seller, long grams) {
        Price price = Price.ofFenPerKilogram(150);
        Mass quantity = Mass.ofGrams(grams);
        return new TradeSettled(AREA, sequence, quotaClass, buyer, seller, new OrderId(AREA, 2 * sequence), new OrderId(AREA, 2 * sequence + 1),
                Side.BUY, price, quantity, price.valueOf(quantity), Instant.now());
    }

    private static JsonNode so2Line(JsonNode account) {
        for (JsonNode line : account) {
            if ("SO2".equals(line.path("pollutant").asText())) {
                return line;
            }
        }
        return null;
    }

    /** The ID of the enterprise's open annual-total flag, as its jurisdiction's inspector sees it; null if none is open. */
    private static String annualTotalFlag(ApiClient api) {
        for (JsonNode flag : api.get("/api/emissions/flags", INSPECTOR).body()) {
            if (ENTERPRISE.value().equals(flag.path("enterpriseId").asText()) && "ANNUAL_TOTAL_EXCEEDED".equals(flag.path("kind").asText())) {
                return flag.path("flagId").asText();
            }
        }
        return null;
    }
}
