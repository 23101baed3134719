package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.AnnualTotal;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.OutletPermit;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data with intention names: enterprises, permits and the readings their devices send. */
final class AccountingFixture {

    static final RegionCode CHENGDU_DISTRICT = RegionCode.of("510104");
    static final RegionCode MIANYANG_DISTRICT = RegionCode.of("510703");
    static final OutletCode STACK = OutletCode.of("DA001");
    static final OutletCode SECOND_STACK = OutletCode.of("DA002");
    static final OutletCode EFFLUENT = OutletCode.of("DW001");
    static final Actor REVIEWER = Actor.reviewer("reviewer-1", RegionCode.of("510100"));
    static final String AIR_FLOW = "a00000";
    static final String WATER_FLOW = "w00000";

    private AccountingFixture() {
    }

    static EnterpriseId enterprise(int n) {
        String first17 = "9151010400000" + "%04d".formatted(n);
        return EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17));
    }

    static DeviceMn device(EnterpriseId enterprise, OutletCode outlet) {
        return device(enterprise, outlet, "");
    }

    /** Another analyser on the same outlet, such as a backup, has an MN of its own. */
    static DeviceMn device(EnterpriseId enterprise, OutletCode outlet, String analyser) {
        String seed = enterprise.value() + outlet.value() + analyser;
        String hex = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "").toUpperCase();
        return DeviceMn.of(hex.substring(0, 24));
    }

    static PermitId permitId(EnterpriseId enterprise, int sequence) {
        return PermitId.of(UUID.nameUUIDFromBytes((enterprise.value() + "/" + sequence).getBytes(StandardCharsets.UTF_8)));
    }

    static PermitNumber permitNumber(EnterpriseId enterprise, int sequence) {
        return PermitNumber.of(enterprise, sequence, ManagementClass.KEY);
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    // ---- permits

    static OutletPermit stackWithLimits(OutletCode outlet, Map<Pollutant, String> limits) {
        List<ConcentrationLimit> list = new ArrayList<>();
        limits.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> list.add(new ConcentrationLimit(e.getKey(),
                        Concentration.of(e.getValue(), e.getKey().medium().concentrationUnit()), "GB 13223-2011")));
        return new OutletPermit(outlet, outlet.medium() == Medium.AIR ? "atmosphere" : "Fu River", list);
    }

    static AnnualTotal total(Pollutant pollutant, long grams) {
        return new AnnualTotal(pollutant, Mass.ofGrams(grams));
    }

    static PermitTerms terms(List<OutletPermit> outlets, AnnualTotal... totals) {
        return new PermitTerms(outlets, Arrays.asList(totals));
    }

    static PermitIssued issued(EnterpriseId enterprise, int sequence, Validity validity, PermitTerms terms, Instant at) {
        return new PermitIssued(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                ManagementClass.KEY, validity, 1, terms, "meets the standards", REVIEWER, at);
    }

    static Validity validity(String from, String until) {
        return new Validity(LocalDate.parse(from), LocalDate.parse(until));
    }

    static PermitAmended amended(EnterpriseId enterprise, int sequence, int version, PermitTerms terms, Instant at) {
        return new PermitAmended(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                version, terms, "capacity change", REVIEWER, at);
    }

    static PermitSuspended suspended(EnterpriseId enterprise, int sequence, Instant at) {
        return new PermitSuspended(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                "rectification ordered", REVIEWER, at);
    }

    static PermitReinstated reinstated(EnterpriseId enterprise, int sequence, Instant at) {
        return new PermitReinstated(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                "rectified", REVIEWER, at);
    }

    static PermitRevoked revoked(EnterpriseId enterprise, int sequence, Instant at) {
        return new PermitRevoked(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                "false application", REVIEWER, at);
    }

    static PermitRenewed renewed(EnterpriseId enterprise, int sequence, Validity validity, Instant at) {
        return new PermitRenewed(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                validity, "renewed", REVIEWER, at);
    }

    static PermitExpired expired(EnterpriseId enterprise, int sequence, Validity validity, Instant at) {
        return new PermitExpired(permitId(enterprise, sequence), permitNumber(enterprise, sequence), enterprise, CHENGDU_DISTRICT,
                validity, Actor.system("expiry-scheduler"), at);
    }

    // ---- readings

    static FactorReading cou(String code, String kilograms, DataFlag flag) {
        return new FactorReading(code, null, null, null, null, null, new BigDecimal(kilograms), flag);
    }

    static FactorReading average(String code, String average, DataFlag flag) {
        return new FactorReading(code, null, null, new BigDecimal(average), null, null, null, flag);
    }

    static FactorReading averageAndCou(String code, String average, String kilograms, DataFlag flag) {
        return new FactorReading(code, null, null, new BigDecimal(average), null, null, new BigDecimal(kilograms), flag);
    }

    static FactorReading flow(String code, String cubicMetres) {
        return new FactorReading(code, null, null, null, null, null, new BigDecimal(cubicMetres), DataFlag.N);
    }

    static DeviceReadingReceived hourly(EnterpriseId enterprise, OutletCode outlet, Instant hour, Instant receivedAt,
                                        FactorReading... factors) {
        return reading(enterprise, outlet, ReadingPeriod.HOUR, hour, receivedAt, factors);
    }

    static DeviceReadingReceived reading(EnterpriseId enterprise, OutletCode outlet, ReadingPeriod period, Instant dataTime,
                                         Instant receivedAt, FactorReading... factors) {
        return new DeviceReadingReceived(device(enterprise, outlet), enterprise, outlet, CHENGDU_DISTRICT, period, dataTime,
                List.of(factors), receivedAt);
    }
}
