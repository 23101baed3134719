package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the register. Validity dates are empty until the permit is issued. */
public record PermitSummary(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        String enterpriseName,
        RegionCode region,
        ManagementClass managementClass,
        PermitStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        int version,
        Instant lastChangedAt) {
}
