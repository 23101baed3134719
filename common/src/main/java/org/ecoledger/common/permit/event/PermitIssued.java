package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A permit (or registration) was issued: from now on the holder may discharge within these terms. */
@Revision("1")
public record PermitIssued(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        ManagementClass managementClass,
        Validity validity,
        int version,
        PermitTerms terms,
        String opinion,
        Actor by,
        Instant at) implements PermitIntegrationEvent {
}
