package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * Trading-service retired the rights for this version of the permit. The held issuance or
 * amendment follows in the same step, unless the permit ended in the meantime.
 */
@Revision("1")
public record PermitQuotaRetired(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        int version,
        TradingAreaId area,
        List<RetiredQuota> retired,
        Actor by,
        Instant at) {
}
