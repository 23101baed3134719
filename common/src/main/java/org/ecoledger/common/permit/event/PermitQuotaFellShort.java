package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * Trading-service answered that the enterprise does not hold the rights: nothing was retired, the
 * permit (or amendment) stays held, and the reviewer sees what is missing, per pollutant.
 */
@Revision("1")
public record PermitQuotaFellShort(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        int version,
        TradingAreaId area,
        List<QuotaRequirement> shortfall,
        Actor by,
        Instant at) {
}
