package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A request to lift a blacklisting the enterprise is not under was refused. */
@Revision("1")
public record BlacklistingLiftRefused(
        EnterpriseId enterpriseId,
        RegionCode region,
        String detail,
        Actor by,
        Instant at) {
}
