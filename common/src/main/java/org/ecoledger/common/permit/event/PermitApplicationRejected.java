package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** The reviewer rejected the application. */
@Revision("1")
public record PermitApplicationRejected(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        List<String> reasons,
        Actor by,
        Instant at) {

    public PermitApplicationRejected {
        reasons = List.copyOf(reasons);
    }
}
