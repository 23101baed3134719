package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.value.RegionCode;

import java.time.LocalDate;

/** What the public may read of a permit: no personal data and no internal identifiers of people. */
public record PublicPermit(
        PermitNumber permitNumber,
        String enterpriseName,
        String industry,
        RegionCode region,
        ManagementClass managementClass,
        PermitStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        PermitTerms terms) {
}
