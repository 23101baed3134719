package org.ecoledger.common.enforcement;

import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Money;

import java.time.LocalDate;

/**
 * What a confirmed violation costs the enterprise; any combination, at least one. A fine once;
 * a daily continuing penalty (按日连续处罚) for every day from the day after the decision until the
 * enterprise shows the violation has ended; a rectification order (限期整改) due by a day, whose
 * passing escalates the case; the suspension of a permit, which ends its allowance to discharge.
 *
 * @param fine                  empty for none
 * @param dailyPenalty          per day; empty for none
 * @param rectificationDeadline the last day to rectify, China time; empty for no order
 * @param suspendedPermit       the enterprise's permit to suspend; empty for none
 */
public record Penalties(Money fine, Money dailyPenalty, LocalDate rectificationDeadline, PermitId suspendedPermit) {

    public Penalties {
        if (fine == null && dailyPenalty == null && rectificationDeadline == null && suspendedPermit == null) {
            throw new IllegalArgumentException("a confirmed violation carries at least one penalty");
        }
        if (fine != null && fine.fen() <= 0 || dailyPenalty != null && dailyPenalty.fen() <= 0) {
            throw new IllegalArgumentException("a fine or a daily penalty is a positive amount");
        }
    }

    public boolean accruesDaily() {
        return dailyPenalty != null;
    }

    public boolean ordersRectification() {
        return rectificationDeadline != null;
    }
}
