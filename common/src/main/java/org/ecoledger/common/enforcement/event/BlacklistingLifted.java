package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** The enterprise is off the blacklist again: the market and permit applications are open to it. */
@Revision("1")
public record BlacklistingLifted(
        EnterpriseId enterpriseId,
        RegionCode region,
        String reason,
        Actor by,
        Instant at) implements EnforcementIntegrationEvent {
}
