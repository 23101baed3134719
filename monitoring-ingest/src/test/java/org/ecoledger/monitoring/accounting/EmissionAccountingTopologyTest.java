package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.test.TestRecord;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.event.QuotaCommitmentFellShort;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.kafka.PublishedTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.monitoring.accounting.AccountingFixture.AIR_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.EFFLUENT;
import static org.ecoledger.monitoring.accounting.AccountingFixture.STACK;
import static org.ecoledger.monitoring.accounting.AccountingFixture.WATER_FLOW;
import static org.ecoledger.monitoring.accounting.AccountingFixture.amended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.average;
import static org.ecoledger.monitoring.accounting.AccountingFixture.averageAndCou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.cou;
import static org.ecoledger.monitoring.accounting.AccountingFixture.enterprise;
import static org.ecoledger.monitoring.accounting.AccountingFixture.flow;
import static org.ecoledger.monitoring.accounting.AccountingFixture.hourly;
import static org.ecoledger.monitoring.accounting.AccountingFixture.issued;
import static org.ecoledger.monitoring.accounting.AccountingFixture.reading;
import static org.ecoledger.monitoring.accounting.AccountingFixture.reinstated;
import static org.ecoledger.monitoring.accounting.AccountingFixture.revoked;
import static org.ecoledger.monitoring.accounting.AccountingFixture.stackWithLimits;
import static org.ecoledger.monitoring.accounting.AccountingFixture.suspended;
import static org.ecoledger.monitoring.accounting.AccountingFixture.terms;
import static org.ecoledger.monitoring.accounting.AccountingFixture.total;
import static org.ecoledger.monitoring.accounting.AccountingFixture.validity;
import static org.ecoledger.monitoring.accounting.TradingFixture.allocated;
import static org.ecoledger.monitoring.accounting.TradingFixture.reinstatedForPermit;
import static org.ecoledger.monitoring.accounting.TradingFixture.retiredForPermit;
import static org.ecoledger.monitoring.accounting.TradingFixture.rights;
import static org.ecoledger.monitoring.accounting.TradingFixture.trade;

/** The accounting's rules, one per test, through the topology under the TopologyTestDriver. */
class EmissionAccountingTopologyTest {

    private static final AccountingConfig CONFIG =
            new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ZERO, Duration.ZERO);
    private static final EnterpriseId PLANT = enterprise(1);
    private static final EnterpriseId UNPERMITTED = enterprise(2);
    private static final EnterpriseId NEIGHBOUR = enterprise(3);
    private static final Instant H0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final String SO2 = "a21026";
    private static final String NOX = "a21002";
    private static final String COD = "w01018";

    private AccountingDriver driver;

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private AccountingDriver driver(AccountingConfig config) {
        driver = new AccountingDriver(config);
        return driver;
    }

    private AccountingDriver driver() {
        return driver(CONFIG);
    }

    private static Instant hour(int n) {
        return H0.plus(Duration.ofHours(n));
    }

    /** When an hour's data arrives on time: five minutes after the hour ended. */
    private static Instant onTime(int n) {
        return hour(n + 1).plusSeconds(300);
    }

    private static PermitIssued plantPermit(long so2Grams) {
        return issued(PLANT, 1, validity("2025-01-01", "2029-12-31"),
                terms(List.of(
                                stackWithLimits(STACK, Map.of(Pollutant.SO2, "100", Pollutant.NOX, "150")),
                                stackWithLimits(EFFLUENT, Map.of(Pollutant.COD, "50"))),
                        total(Pollutant.SO2, so2Grams), total(Pollutant.NOX, 50_000_000), total(Pollutant.COD, 50_000_000)),
                Instant.parse("2024-12-31T16:00:00Z"));
    }

    private static DeviceReadingReceived so2Hour(int n, String kilograms) {
        return hourly(PLANT, STACK, hour(n), onTime(n), cou(SO2, kilograms, DataFlag.N), flow(AIR_FLOW, "10000"));
    }

    private List<HourSlot> so2Series(EnterpriseId enterprise, int fromHour, int toHour) {
        return driver.queries().hourlySeries(enterprise, STACK, Pollutant.SO2, hour(fromHour), hour(toHour));
    }

    private AnnualAccountLine so2Account(int year) {
        return driver.queries().annualAccount(PLANT, year).stream().filter(l -> l.pollutant() == Pollutant.SO2).findFirst().orElseThrow();
    }

    private List<FlagChange> flagsOf(ViolationKind kind) {
        return driver.flags().stream()
                .filter(f -> f.event().kind() == kind)
                .toList();
    }

    @Test
    void aValidHourCountsTheDevicesCouInGramsRoundedUp() {
        driver().permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "1.2345"));

        assertThat(so2Series(PLANT, 0, 1)).containsExactly(
                HourSlot.counted(hour(0), 1235, SlotKind.MEASURED, DataFlag.N, so2Hour(0, "1.2345").readingKey()));
    }

    @Test
    void aValidHourWithoutCouCountsConcentrationTimesFlow() {
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, STACK, hour(0), onTime(0), average(SO2, "50.5", DataFlag.N), flow(AIR_FLOW, "20001")))
                .reading(hourly(PLANT, EFFLUENT, hour(0), onTime(0), average(COD, "30.25", DataFlag.N), flow(WATER_FLOW, "100.1")));

        // 50.5 mg/m³ × 20001 m³ = 1010.0505 g; 30.25 mg/L × 100.1 m³ = 3028.025 g; both rounded up
        assertThat(so2Series(PLANT, 0, 1)).extracting(HourSlot::grams).containsExactly(1011L);
        assertThat(driver.queries().hourlySeries(PLANT, EFFLUENT, Pollutant.COD, hour(0), hour(1)))
                .extracting(HourSlot::grams).containsExactly(3029L);
    }

    @Test
    void aSourceStoppedHourCountsZeroAsValidData() {
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, STACK, hour(0), onTime(0), cou(SO2, "0.4", DataFlag.F)));

        assertThat(so2Series(PLANT, 0, 1)).singleElement()
                .satisfies(slot -> {
                    assertThat(slot.grams()).isZero();
                    assertThat(slot.kind()).isEqualTo(SlotKind.SOURCE_STOPPED);
                    assertThat(slot.substituted()).isFalse();
                });
    }

    @Test
    void anInvalidHourIsSubstitutedWithTheHighestValidMassInTheLookBack() {
        AccountingConfig threeHourLookBack =
                new AccountingConfig(Duration.ofHours(3), Duration.ofHours(1), Duration.ofHours(4), Duration.ZERO, Duration.ZERO);
        driver(threeHourLookBack).permitEvent(plantPermit(50_000_000))
                .reading(so2Hour(0, "0.9"))
                .reading(so2Hour(1, "0.5"))
                .reading(so2Hour(2, "0.3"))
                .reading(so2Hour(3, "0.4"))
                .reading(hourly(PLANT, STACK, hour(4), onTime(4), cou(SO2, "0.1", DataFlag.M)));

        // hour 0 (900 g) lies outside the three hours before hour 4
        assertThat(so2Series(PLANT, 4, 5)).singleElement().satisfies(slot -> {
            assertThat(slot.grams()).isEqualTo(500);
            assertThat(slot.kind()).isEqualTo(SlotKind.INVALID);
            assertThat(slot.flag()).isEqualTo(DataFlag.M);
            assertThat(slot.basis()).isEqualTo(SubstitutionBasis.HISTORY);
        });
        assertThat(so2Account(2025).substituted()).isEqualTo(Mass.ofGrams(500));
    }

    @Test
    void aMissingHourIsFilledOnceItsGraceHasPassedAndMarkedSubstituted() {
        driver().permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "0.7"));
        DeviceReadingReceived hourTwoSentLate = hourly(PLANT, STACK, hour(2), hour(2).plusSeconds(1800),
                cou(SO2, "0.3", DataFlag.N), flow(AIR_FLOW, "10000"));
        driver.reading(hourTwoSentLate);
        assertThat(so2Series(PLANT, 1, 2)).as("hour 1 may still arrive until 1 h after it ended").isEmpty();

        driver.reading(so2Hour(3, "0.3"));

        assertThat(so2Series(PLANT, 1, 2)).singleElement().satisfies(slot -> {
            assertThat(slot.kind()).isEqualTo(SlotKind.MISSING);
            assertThat(slot.grams()).isEqualTo(700);
            assertThat(slot.flag()).isNull();
            assertThat(slot.substituted()).isTrue();
        });
    }

    @Test
    void withoutValidHistoryASubstituteIsThePermittedLimitTimesTheHighestValidFlow() {
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, STACK, hour(0), onTime(0), cou(SO2, "0.7", DataFlag.D), flow(AIR_FLOW, "20000")))
                .reading(hourly(UNPERMITTED, STACK, hour(0), onTime(0), cou(SO2, "0.7", DataFlag.D), flow(AIR_FLOW, "20000")));

        // 100 mg/m³ × 20000 m³ = 2000 g: the most the permit would have allowed
        assertThat(so2Series(PLANT, 0, 1)).singleElement().satisfies(slot -> {
            assertThat(slot.grams()).isEqualTo(2000);
            assertThat(slot.basis()).isEqualTo(SubstitutionBasis.PERMIT_LIMIT_TIMES_FLOW);
        });
        assertThat(so2Series(UNPERMITTED, 0, 1)).singleElement().satisfies(slot -> {
            assertThat(slot.grams()).isZero();
            assertThat(slot.basis()).isEqualTo(SubstitutionBasis.NONE);
            assertThat(slot.substituted()).isTrue();
        });
    }

    @Test
    void aLateReadingReplacesTheSubstituteAndCorrectsTheTotal() {
        driver().permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "0.7")).reading(so2Hour(2, "0.3"));
        assertThat(so2Account(2025).emitted()).isEqualTo(Mass.ofGrams(700 + 700 + 300));
        assertThat(so2Account(2025).substituted()).isEqualTo(Mass.ofGrams(700));

        driver.reading(hourly(PLANT, STACK, hour(1), onTime(2).plusSeconds(600), cou(SO2, "0.2", DataFlag.N)));

        assertThat(so2Series(PLANT, 1, 2)).singleElement().satisfies(slot -> {
            assertThat(slot.kind()).isEqualTo(SlotKind.MEASURED);
            assertThat(slot.grams()).isEqualTo(200);
        });
        assertThat(so2Account(2025).emitted()).isEqualTo(Mass.ofGrams(700 + 200 + 300));
        assertThat(so2Account(2025).substituted()).isEqualTo(Mass.ZERO);
    }

    @Test
    void aDuplicateReadingIsCountedOnce() {
        DeviceReadingReceived first = so2Hour(0, "0.7");
        DeviceReadingReceived resentWithOtherValues = hourly(PLANT, STACK, hour(0), onTime(0).plusSeconds(60),
                cou(SO2, "9.9", DataFlag.N));
        driver().permitEvent(plantPermit(50_000_000)).reading(first).reading(first).reading(resentWithOtherValues);

        assertThat(so2Account(2025).emitted()).isEqualTo(Mass.ofGrams(700));
    }

    @Test
    void hoursCountInTheCalendarYearOfChinaTime() {
        Instant lastHourOf2025 = Instant.parse("2025-12-31T15:00:00Z");
        Instant firstHourOf2026 = Instant.parse("2025-12-31T16:00:00Z");
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, STACK, lastHourOf2025, firstHourOf2026.plusSeconds(300), cou(SO2, "0.1", DataFlag.N)))
                .reading(hourly(PLANT, STACK, firstHourOf2026, firstHourOf2026.plusSeconds(3900), cou(SO2, "0.2", DataFlag.N)));

        assertThat(so2Account(2025).emitted()).isEqualTo(Mass.ofGrams(100));
        assertThat(so2Account(2026).emitted()).isEqualTo(Mass.ofGrams(200));
    }

    @Test
    void annualTotalExceededIsRaisedOnceAndClearedWhenAnAmendmentRaisesTheAllowance() {
        driver().permitEvent(plantPermit(1000))
                .reading(so2Hour(0, "0.6"))
                .reading(so2Hour(1, "0.6"))
                .reading(so2Hour(2, "0.6"))
                .permitEvent(amended(PLANT, 1, 2, plantPermit(5000).terms(), onTime(2).plusSeconds(60)));

        List<FlagChange> flags = flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(flags).hasSize(2);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.pollutant()).isEqualTo(Pollutant.SO2);
        assertThat(raised.outlet()).isNull();
        assertThat(raised.onsetAt()).isEqualTo(hour(1));
        assertThat(raised.observed()).isEqualByComparingTo("1200");
        assertThat(raised.limit()).isEqualByComparingTo("1000");
        assertThat(raised.raisedAt()).isEqualTo(onTime(1));
        ViolationFlagCleared cleared = ((FlagChange.Cleared) flags.get(1)).event();
        assertThat(cleared.flagId()).isEqualTo(raised.flagId());
        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(5000));
    }

    @Test
    void concentrationExceededIsRaisedOncePerEpisodeOnTheHourlyO2CorrectedAverageAndClearedByACompliantHour() {
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, STACK, hour(0), onTime(0), averageAndCou(SO2, "90", "0.1", DataFlag.N)))
                .reading(hourly(PLANT, STACK, hour(1), onTime(1),
                        new FactorReading(SO2, null, null, new BigDecimal("95"), null,
                                new BigDecimal("120.5"), new BigDecimal("0.1"), DataFlag.N)))
                .reading(hourly(PLANT, STACK, hour(2), onTime(2), averageAndCou(SO2, "130", "0.1", DataFlag.N)))
                .reading(hourly(PLANT, STACK, hour(3), onTime(3), averageAndCou(SO2, "80", "0.1", DataFlag.N)))
                .reading(hourly(PLANT, STACK, hour(2).plusSeconds(1), onTime(3).plusSeconds(60),
                        averageAndCou(SO2, "300", "0.1", DataFlag.N)));

        List<FlagChange> flags = flagsOf(ViolationKind.CONCENTRATION_EXCEEDED);
        assertThat(flags).as("one episode; the late reading for an earlier period opens none").hasSize(2);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(hour(1));
        assertThat(raised.observed()).isEqualByComparingTo("120.5");
        assertThat(raised.limit()).isEqualByComparingTo("100");
        assertThat(raised.outlet()).isEqualTo(STACK);
        assertThat(flags.get(1)).isInstanceOf(FlagChange.Cleared.class);
    }

    @Test
    void waterConcentrationIsJudgedOnTheDailyAverageNotOnHours() {
        Instant day = Instant.parse("2025-02-28T16:00:00Z");
        driver().permitEvent(plantPermit(50_000_000))
                .reading(hourly(PLANT, EFFLUENT, day, day.plusSeconds(3900), averageAndCou(COD, "80", "0.1", DataFlag.N)))
                .reading(reading(PLANT, EFFLUENT, ReadingPeriod.DAY, day, day.plus(Duration.ofHours(24)).plusSeconds(300),
                        average(COD, "60", DataFlag.N)))
                .reading(reading(PLANT, EFFLUENT, ReadingPeriod.DAY, day.plus(Duration.ofDays(1)),
                        day.plus(Duration.ofHours(48)).plusSeconds(300), average(COD, "40", DataFlag.N)));

        List<FlagChange> flags = flagsOf(ViolationKind.CONCENTRATION_EXCEEDED);
        assertThat(flags).hasSize(2);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(day);
        assertThat(raised.observed()).isEqualByComparingTo("60");
        assertThat(flags.get(1)).isInstanceOf(FlagChange.Cleared.class);
    }

    @Test
    void dischargeWithoutValidPermitIsRaisedForReadingsDuringASuspensionAndClearedUnderTheReinstatedPermit() {
        driver().permitEvent(plantPermit(50_000_000))
                .reading(so2Hour(0, "0.1"))
                .permitEvent(suspended(PLANT, 1, hour(1).plusSeconds(1800)))
                .reading(so2Hour(2, "0.1"))
                .reading(so2Hour(3, "0.1"))
                .permitEvent(reinstated(PLANT, 1, hour(4).plusSeconds(1800)))
                .reading(so2Hour(5, "0.1"));

        List<FlagChange> flags = flagsOf(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT);
        assertThat(flags).hasSize(2);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(hour(2));
        assertThat(raised.outlet()).isEqualTo(STACK);
        assertThat(raised.pollutant()).isNull();
        assertThat(flags.get(1)).isInstanceOf(FlagChange.Cleared.class);
    }

    @Test
    void dischargeWithoutValidPermitIsRaisedForAnEnterpriseWithoutPermitAndEndsWhenTheSourceStops() {
        driver()
                .reading(hourly(UNPERMITTED, STACK, hour(0), onTime(0), cou(SO2, "0.1", DataFlag.N)))
                .reading(reading(UNPERMITTED, STACK, ReadingPeriod.MINUTE, hour(1), hour(1).plusSeconds(90), cou(SO2, "0.1", DataFlag.N)))
                .reading(reading(UNPERMITTED, STACK, ReadingPeriod.MINUTE, hour(1).plusSeconds(600), hour(1).plusSeconds(690),
                        cou(SO2, "0", DataFlag.F)));

        List<FlagChange> flags = flagsOf(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT);
        assertThat(flags).hasSize(2);
        assertThat(((FlagChange.Raised) flags.get(0)).event().onsetAt()).isEqualTo(hour(0));
        assertThat(((FlagChange.Cleared) flags.get(1)).event().detail()).contains("source stopped");
    }

    @Test
    void dischargeAfterRevocationIsWithoutValidPermit() {
        driver().permitEvent(plantPermit(50_000_000))
                .permitEvent(revoked(PLANT, 1, hour(0)))
                .reading(so2Hour(0, "0.1"));

        assertThat(flagsOf(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT)).singleElement().isInstanceOf(FlagChange.Raised.class);
    }

    @Test
    void dataMissingOrInvalidIsRaisedAfterFourBadHoursAndClearedByValidData() {
        driver().permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "0.1"));
        for (int n = 1; n <= 4; n++) {
            driver.reading(hourly(PLANT, STACK, hour(n), onTime(n), cou(SO2, "0.1", DataFlag.C)));
        }
        assertThat(flagsOf(ViolationKind.DATA_MISSING_OR_INVALID)).hasSize(1);
        driver.reading(so2Hour(5, "0.1"));

        List<FlagChange> flags = flagsOf(ViolationKind.DATA_MISSING_OR_INVALID);
        assertThat(flags).hasSize(2);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(hour(1));
        assertThat(raised.observed()).isEqualByComparingTo("4");
        assertThat(raised.limit()).isEqualByComparingTo("4");
        assertThat(raised.pollutant()).isEqualTo(Pollutant.SO2);
        assertThat(flags.get(1)).isInstanceOf(FlagChange.Cleared.class);
    }

    @Test
    void threeBadHoursRaiseNoMissingDataFlag() {
        driver().permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "0.1"));
        for (int n = 1; n <= 3; n++) {
            driver.reading(hourly(PLANT, STACK, hour(n), onTime(n), cou(SO2, "0.1", DataFlag.B)));
        }
        driver.reading(so2Hour(4, "0.1"));

        assertThat(flagsOf(ViolationKind.DATA_MISSING_OR_INVALID)).isEmpty();
    }

    @Test
    void theWallClockFindsMissingHoursWhenEveryDeviceOfTheTaskFallsSilent() {
        AccountingConfig withWallClock = CONFIG.withWallClock(Duration.ofMinutes(1), Duration.ofHours(2));
        driver(withWallClock).permitEvent(plantPermit(50_000_000)).reading(so2Hour(0, "0.1"));

        driver.advanceWallClockTo(hour(10));

        // the clock is then hour 8, so hours up to 6 are due
        assertThat(so2Series(PLANT, 1, 10)).extracting(HourSlot::kind).hasSize(6).containsOnly(SlotKind.MISSING);
        ViolationFlagRaised raised = ((FlagChange.Raised) flagsOf(ViolationKind.DATA_MISSING_OR_INVALID).get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(hour(1));
        assertThat(raised.raisedAt()).isEqualTo(hour(8));
    }

    @Test
    void flagEventsAreKeyedByEnterpriseWithThePublishedHeadersAndDeterministicIds() {
        driver().permitEvent(plantPermit(1000)).reading(so2Hour(0, "2")).permitEvent(amended(PLANT, 1, 2,
                plantPermit(5000).terms(), onTime(0).plusSeconds(60)));

        List<TestRecord<String, FlagChange>> records = driver.flagRecords();
        assertThat(records).hasSize(2);
        String flagId = "ANNUAL_TOTAL_EXCEEDED:" + PLANT.value() + ":-:SO2:" + hour(0);
        assertThat(records.get(0).key()).isEqualTo(PLANT.value());
        assertThat(header(records.get(0), EventHeaders.EVENT_TYPE)).isEqualTo("violation-flag-raised");
        assertThat(header(records.get(0), EventHeaders.EVENT_ID)).isEqualTo(flagId + ":raised");
        assertThat(header(records.get(0), EventHeaders.EVENT_REVISION)).isEqualTo("1");
        assertThat(header(records.get(1), EventHeaders.EVENT_TYPE)).isEqualTo("violation-flag-cleared");
        assertThat(header(records.get(1), EventHeaders.EVENT_ID)).isEqualTo(flagId + ":cleared");
    }

    @Test
    void theQueriesShowTheYearToDateAccountWithAllowanceAndTheOpenFlagsByRegion() {
        driver().permitEvent(plantPermit(1000)).reading(so2Hour(0, "0.4")).reading(so2Hour(1, "0.7"));

        assertThat(driver.queries().annualAccount(PLANT, 2025)).extracting(AnnualAccountLine::pollutant)
                .containsExactly(Pollutant.COD, Pollutant.NOX, Pollutant.SO2);
        assertThat(so2Account(2025).emitted()).isEqualTo(Mass.ofGrams(1100));
        assertThat(so2Account(2025).headroom()).contains(Mass.ofGrams(-100));
        assertThat(driver.queries().openFlags("5101")).extracting(ViolationFlagRaised::kind)
                .containsExactly(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(driver.queries().openFlags("11")).isEmpty();
    }

    @Test
    void anEnterprisesOpenFlagsAreItsOwnAndAllOfThem() {
        driver().permitEvent(plantPermit(1000)).reading(so2Hour(0, "0.4")).reading(so2Hour(1, "0.7"))
                .reading(hourly(UNPERMITTED, STACK, hour(0), onTime(0), cou(SO2, "0.1", DataFlag.N)));

        assertThat(driver.queries().openFlags()).extracting(ViolationFlagRaised::enterpriseId).containsOnly(PLANT, UNPERMITTED);
        assertThat(driver.queries().openFlagsOf(PLANT)).extracting(ViolationFlagRaised::kind)
                .containsExactly(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(driver.queries().openFlagsOf(UNPERMITTED)).extracting(ViolationFlagRaised::kind)
                .containsExactly(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT);
        assertThat(driver.queries().openFlagsOf(NEIGHBOUR)).isEmpty();
    }

    @Test
    void aReplayedTopologyRaisesTheSameFlagsUnderTheSameIds() {
        List<DeviceReadingReceived> readings = List.of(so2Hour(0, "0.6"), so2Hour(1, "0.6"), so2Hour(5, "0.1"));
        driver().permitEvent(plantPermit(1000));
        readings.forEach(driver::reading);
        try (AccountingDriver replay = new AccountingDriver(CONFIG)) {
            replay.permitEvent(plantPermit(1000));
            readings.forEach(replay::reading);

            assertThat(replay.flags()).isNotEmpty().isEqualTo(driver.flags());
        }
    }

    @Test
    void boughtRightsOfTheYearsVintageRaiseTheAllowanceAndClearAnExceededAnnualTotal() {
        driver().permitEvent(plantPermit(1000)).reading(so2Hour(0, "0.6")).reading(so2Hour(1, "0.6"));
        assertThat(flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED)).singleElement().isInstanceOf(FlagChange.Raised.class);

        driver.tradingEvent("trade-1", trade(1, rights(Pollutant.SO2, "510104", 2025), PLANT, NEIGHBOUR, 1000, onTime(1).plusSeconds(60)));

        List<FlagChange> flags = flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(flags).hasSize(2);
        assertThat(((FlagChange.Cleared) flags.get(1)).event().detail()).isEqualTo("1200 g of SO2 emitted in 2025, within the allowance of 2000 g");
        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(2000));
        assertThat(so2Account(2025).tradedRights()).isEqualTo(Mass.ofGrams(1000));
    }

    @Test
    void soldRightsLowerTheAllowanceAndRaiseAnnualTotalExceededOncePerOnset() {
        QuotaClass so2Of2025 = rights(Pollutant.SO2, "510104", 2025);
        driver().permitEvent(plantPermit(1000))
                .tradingEvent("allocation-1", allocated(PLANT, so2Of2025, 3000, hour(0)))
                .reading(so2Hour(0, "0.8")).reading(so2Hour(1, "0.8")).reading(so2Hour(2, "0.8"))
                .tradingEvent("trade-1", trade(1, so2Of2025, NEIGHBOUR, PLANT, 1000, onTime(2).plusSeconds(60)));
        assertThat(flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED)).as("2400 g within 3000 g").isEmpty();

        driver.tradingEvent("trade-2", trade(2, so2Of2025, NEIGHBOUR, PLANT, 1000, onTime(2).plusSeconds(120)))
                .tradingEvent("trade-3", trade(3, so2Of2025, NEIGHBOUR, PLANT, 1000, onTime(2).plusSeconds(180)));

        List<FlagChange> flags = flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(flags).as("the third sale only deepens the same exceedance").singleElement().isInstanceOf(FlagChange.Raised.class);
        ViolationFlagRaised raised = ((FlagChange.Raised) flags.get(0)).event();
        assertThat(raised.onsetAt()).isEqualTo(onTime(2).plusSeconds(120));
        assertThat(raised.observed()).isEqualByComparingTo("2400");
        assertThat(raised.limit()).isEqualByComparingTo("2000");
        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000));
        assertThat(so2Account(2025).tradedRights()).isEqualTo(Mass.ZERO);
    }

    @Test
    void aRedeliveredTradingEventChangesTheAllowanceOnce() {
        var trade = trade(1, rights(Pollutant.SO2, "510104", 2025), PLANT, NEIGHBOUR, 4000, hour(0));
        driver().permitEvent(plantPermit(1000)).tradingEvent("trade-1", trade).tradingEvent("trade-1", trade);

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(5000));
        assertThat(driver.queries().annualAccount(NEIGHBOUR, 2025)).singleElement()
                .satisfies(line -> assertThat(line.allowed()).isEqualTo(Mass.ofGrams(-4000)));
    }

    @Test
    void aTradeChangesTheBuyersAndTheSellersAllowance() {
        driver().permitEvent(plantPermit(10_000))
                .permitEvent(issued(NEIGHBOUR, 1, validity("2025-01-01", "2029-12-31"),
                        terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "100"))), total(Pollutant.SO2, 10_000)), hour(0)))
                .tradingEvent("trade-1", trade(1, rights(Pollutant.SO2, "510104", 2025), PLANT, NEIGHBOUR, 3000, hour(1)));

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(13_000));
        assertThat(driver.queries().annualAccount(NEIGHBOUR, 2025)).singleElement()
                .satisfies(line -> assertThat(line.allowed()).isEqualTo(Mass.ofGrams(7000)));
    }

    @Test
    void rightsCountInTheAllowanceOfTheirVintageWhateverTheRegionThatIssuedThem() {
        driver().permitEvent(plantPermit(1000))
                .tradingEvent("allocation-1", allocated(PLANT, rights(Pollutant.SO2, "510104", 2025), 2000, hour(0)))
                .tradingEvent("allocation-2", allocated(PLANT, rights(Pollutant.SO2, "510703", 2025), 3000, hour(0)))
                .tradingEvent("allocation-3", allocated(PLANT, rights(Pollutant.SO2, "510104", 2026), 7000, hour(0)))
                .tradingEvent("allocation-4", allocated(PLANT, rights(Pollutant.NOX, "510104", 2025), 11_000, hour(0)));

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000 + 2000 + 3000));
        assertThat(so2Account(2026).allowance()).contains(Mass.ofGrams(1000 + 7000));
        assertThat(driver.queries().annualAccount(PLANT, 2025)).filteredOn(l -> l.pollutant() == Pollutant.NOX).singleElement()
                .satisfies(line -> assertThat(line.allowed()).isEqualTo(Mass.ofGrams(50_000_000 + 11_000)));
    }

    @Test
    void rightsHeldBeforeAnyPermitAreTheAllowanceAndAPermitArrivingLaterAddsItsTotal() {
        driver().tradingEvent("allocation-1", allocated(PLANT, rights(Pollutant.SO2, "510104", 2025), 1000, hour(0)))
                .reading(so2Hour(0, "0.7")).reading(so2Hour(1, "0.7"));
        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000));
        assertThat(flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED)).singleElement().isInstanceOf(FlagChange.Raised.class);

        driver.permitEvent(plantPermit(5000));

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(6000));
        assertThat(flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED)).hasSize(2).last().isInstanceOf(FlagChange.Cleared.class);
    }

    @Test
    void rightsRetiredForANewProjectsPermitLeaveTheAllowance() {
        QuotaClass so2Of2025 = rights(Pollutant.SO2, "510104", 2025);
        driver().permitEvent(plantPermit(1000))
                .tradingEvent("allocation-1", allocated(PLANT, so2Of2025, 5000, hour(0)))
                .tradingEvent("retirement-1", retiredForPermit(PLANT, AccountingFixture.permitId(PLANT, 2),
                        List.of(new RetiredQuota(so2Of2025, Mass.ofGrams(4000)), new RetiredQuota(rights(Pollutant.NOX, "510104", 2025),
                                Mass.ofGrams(1000))), hour(1)));

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000 + 5000 - 4000));
        assertThat(so2Account(2025).tradedRights()).isEqualTo(Mass.ofGrams(1000));
    }

    @Test
    void rightsReinstatedForAPermitThatNeverTookEffectReturnToTheAllowance() {
        QuotaClass so2Of2025 = rights(Pollutant.SO2, "510104", 2025);
        var retirement = retiredForPermit(PLANT, AccountingFixture.permitId(PLANT, 2), List.of(new RetiredQuota(so2Of2025, Mass.ofGrams(4000))),
                hour(1));
        driver().permitEvent(plantPermit(1000))
                .tradingEvent("allocation-1", allocated(PLANT, so2Of2025, 5000, hour(0)))
                .tradingEvent("retirement-1", retirement)
                .reading(so2Hour(1, "2.5"))
                .tradingEvent("reinstatement-1", reinstatedForPermit(retirement, onTime(1).plusSeconds(60)));

        List<FlagChange> flags = flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED);
        assertThat(flags).hasSize(2).last().isInstanceOf(FlagChange.Cleared.class);
        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000 + 5000));
    }

    @Test
    void aTradingEventThatMovesNoRightsChangesNoAllowance() {
        driver().permitEvent(plantPermit(1000)).tradingEvent("fell-short-1", new QuotaCommitmentFellShort(TradingFixture.SICHUAN, PLANT,
                AccountingFixture.permitId(PLANT, 2), 1, List.of(), AccountingFixture.REVIEWER, hour(0)));

        assertThat(so2Account(2025).allowance()).contains(Mass.ofGrams(1000));
        assertThat(so2Account(2025).tradedRights()).isNull();
    }

    @Test
    void rightsOfAPastVintageSoldAfterTheYearFlagThatYearFromItsLastHour() {
        QuotaClass so2Of2025 = rights(Pollutant.SO2, "510104", 2025);
        Instant lastHourOf2025 = Instant.parse("2025-12-31T15:00:00Z");
        Instant inFebruary2026 = Instant.parse("2026-02-01T00:00:00Z");
        driver().permitEvent(plantPermit(1000))
                .tradingEvent("allocation-1", allocated(PLANT, so2Of2025, 2000, hour(0)))
                .reading(hourly(PLANT, STACK, lastHourOf2025.minus(Duration.ofHours(1)), lastHourOf2025.plusSeconds(300),
                        cou(SO2, "1.2", DataFlag.N)))
                .reading(hourly(PLANT, STACK, lastHourOf2025, lastHourOf2025.plusSeconds(3900), cou(SO2, "1.2", DataFlag.N)))
                .tradingEvent("trade-1", trade(1, so2Of2025, NEIGHBOUR, PLANT, 1000, inFebruary2026));

        assertThat(flagsOf(ViolationKind.ANNUAL_TOTAL_EXCEEDED)).map(f -> ((FlagChange.Raised) f).event())
                .filteredOn(raised -> raised.detail().contains("emitted in 2025")).singleElement().satisfies(raised -> {
                    assertThat(raised.onsetAt()).isEqualTo(lastHourOf2025);
                    assertThat(raised.observed()).isEqualByComparingTo("2400");
                    assertThat(raised.limit()).isEqualByComparingTo("2000");
                    assertThat(raised.raisedAt()).isEqualTo(inFebruary2026);
                });
    }

    private static String header(TestRecord<String, FlagChange> record, String name) {
        return PublishedTypes.header(record.headers(), name).orElseThrow();
    }
}
