package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

/** One plant with one stack under an SO2 permit, its hourly SO2 readings and its rights: enough to see what counts. */
final class So2PlantFixture {

    static final AccountingConfig CONFIG =
            new AccountingConfig(Duration.ofDays(30), Duration.ofHours(1), Duration.ofHours(4), Duration.ZERO, Duration.ZERO);
    static final EnterpriseId PLANT = enterprise(1);
    static final EnterpriseId NEIGHBOUR = enterprise(3);
    static final QuotaClass SO2_2025 = rights(Pollutant.SO2, "510104", 2025);
    private static final Instant H0 = Instant.parse("2025-03-01T00:00:00Z");

    private So2PlantFixture() {
    }

    static Instant hour(int n) {
        return H0.plus(Duration.ofHours(n));
    }

    /** The hour's reading as it arrives on time, five minutes after the hour. */
    static DeviceReadingReceived so2Hour(int n, String kilograms) {
        return so2Hour(n, kilograms, hour(n + 1).plusSeconds(300));
    }

    static DeviceReadingReceived so2Hour(int n, String kilograms, Instant receivedAt) {
        return hourly(PLANT, STACK, hour(n), receivedAt, cou("a21026", kilograms, DataFlag.N), flow(AIR_FLOW, "10000"));
    }

    /** 50 t of SO2 a year, from 2025 to 2029. */
    static PermitIssued plantPermit() {
        return issued(PLANT, 1, validity("2025-01-01", "2029-12-31"),
                terms(List.of(stackWithLimits(STACK, Map.of(Pollutant.SO2, "100"))), total(Pollutant.SO2, 50_000_000)),
                Instant.parse("2024-12-31T16:00:00Z"));
    }

    static AnnualAccountLine so2Account(AccountingDriver driver) {
        return driver.queries().annualAccount(PLANT, 2025).stream().filter(l -> l.pollutant() == Pollutant.SO2).findFirst().orElseThrow();
    }
}
