package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * The reviewer decided to issue a new or expanded project's permit; it is issued with this validity
 * and opinion, on this reviewer's decision, once the emission rights for its totals are retired.
 */
@Revision("1")
public record PermitIssuanceHeldForQuota(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        Validity validity,
        String opinion,
        Actor by,
        Instant at) {
}
