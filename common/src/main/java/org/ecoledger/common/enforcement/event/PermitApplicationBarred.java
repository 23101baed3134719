package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A blacklisted enterprise applied for a permit and was refused; no permit was opened. */
@Revision("1")
public record PermitApplicationBarred(
        EnterpriseId enterpriseId,
        RegionCode region,
        PermitId permitId,
        String detail,
        Actor by,
        Instant at) {
}
