package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * The reviewer decided an amendment that raises totals for a new or expanded project; these terms
 * become the given version once the emission rights for the increase are retired. Until then the
 * version in force stays.
 */
@Revision("1")
public record PermitAmendmentHeldForQuota(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        int version,
        PermitTerms terms,
        String reason,
        Actor by,
        Instant at) {
}
