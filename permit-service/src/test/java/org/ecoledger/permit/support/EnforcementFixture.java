package org.ecoledger.permit.support;

import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.OpenViolationCase;
import org.ecoledger.common.enforcement.event.ViolationCaseOpened;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.PermitFixture.JINJIANG_DISTRICT;

/** Violation cases in the states the enforcement rules talk about, named for what they are. */
public final class EnforcementFixture {

    public static final String FLAG_ID = "CONCENTRATION_EXCEEDED:91510104MA6CG0LK2N:DA001:SO2:2026-12-03T02:00:00Z";
    public static final ViolationCaseId CASE = ViolationCaseId.forFlag(FLAG_ID);
    public static final Instant ONSET = Instant.parse("2026-12-03T02:00:00Z");
    /** 2026-12-04 10:00 in Beijing. */
    public static final Instant OPENED_AT = Instant.parse("2026-12-04T02:00:00Z");
    /** 2026-12-05 10:00 in Beijing: the decision day is 5 December. */
    public static final Instant DECIDED_AT = Instant.parse("2026-12-05T02:00:00Z");
    public static final Actor MONITORING = Actor.system("monitoring-inbox");
    public static final Actor SCHEDULER = Actor.system("enforcement-scheduler");
    public static final Actor CHENGDU_INSPECTOR_2 = Actor.inspector("inspector-chengdu-2", PermitFixture.CHENGDU);
    public static final Actor MIANYANG_INSPECTOR = Actor.inspector("inspector-mianyang", PermitFixture.MIANYANG);
    public static final Money FINE = Money.ofYuan(new BigDecimal("100000"));
    public static final Money PER_DAY = Money.ofYuan(new BigDecimal("10000"));
    public static final LocalDate RECTIFY_BY = LocalDate.parse("2026-12-20");

    private EnforcementFixture() {
    }

    /** SO2 at DA001 at 52 mg/m³ against 35: 49 % above, a moderate case. */
    public static OpenViolationCase openFromFlag() {
        return new OpenViolationCase(CASE, ViolationType.CONCENTRATION_EXCEEDED, FLAG_ID, null, CHENGDU_POWER, JINJIANG_DISTRICT,
                OutletCode.of("DA001"), Pollutant.SO2, ONSET, new BigDecimal("52"), new BigDecimal("35"),
                "SO2 average of 52 mg/m³ above 35", MONITORING, OPENED_AT);
    }

    public static ViolationCaseOpened opened() {
        OpenViolationCase c = openFromFlag();
        return new ViolationCaseOpened(CASE, c.type(), Severity.MODERATE, c.flagId(), null, c.enterpriseId(), c.region(), c.outlet(),
                c.pollutant(), c.onsetAt(), c.observed(), c.limit(), c.detail(), c.by(), c.at());
    }

    public static Penalties dailyPenaltyAndRectification() {
        return new Penalties(FINE, PER_DAY, RECTIFY_BY, null);
    }

    public static ViolationConfirmed confirmed(Penalties penalties) {
        return new ViolationConfirmed(CASE, CHENGDU_POWER, JINJIANG_DISTRICT, ViolationType.CONCENTRATION_EXCEEDED, Severity.MODERATE, 1,
                null, penalties, "SO2 above the limit for 30 hours", PermitFixture.CHENGDU_INSPECTOR, DECIDED_AT);
    }

    /** Beijing 01:00 on the given day. */
    public static Instant earlyOn(String day) {
        return LocalDate.parse(day).atTime(1, 0).toInstant(org.ecoledger.common.permit.Validity.CHINA);
    }
}
