package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * The enterprise is on the illegal-discharge blacklist (违法排污黑名单) from now until it is lifted:
 * it may not buy on the market nor apply for new permits.
 */
@Revision("1")
public record EnterpriseBlacklisted(
        EnterpriseId enterpriseId,
        RegionCode region,
        int year,
        String reason,
        Actor by,
        Instant at) implements EnforcementIntegrationEvent {
}
