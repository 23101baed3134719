package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.time.LocalDate;

/** One more day of the daily continuing penalty under a decision; {@code accrued} is that decision's total so far. */
@Revision("1")
public record DailyPenaltyAccrued(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        int decision,
        LocalDate day,
        Money amount,
        Money accrued,
        Actor by,
        Instant at) {
}
