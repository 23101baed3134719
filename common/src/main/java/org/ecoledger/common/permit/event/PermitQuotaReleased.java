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
 * The rights trading-service retired for this version of the permit were not used: the
 * application was rejected or withdrawn, or the permit left force, before the held issuance or
 * amendment could take effect. Trading-service gives them back to the enterprise's account, once.
 *
 * @param released what was retired for this version, as trading-service reported it
 */
@Revision("1")
public record PermitQuotaReleased(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        int version,
        TradingAreaId area,
        List<RetiredQuota> released,
        Actor by,
        Instant at) implements PermitIntegrationEvent {
}
