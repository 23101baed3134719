package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** The completeness check returned the application with what is missing. */
@Revision("1")
public record ApplicationReturnedAsIncomplete(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        List<String> missingItems,
        Actor by,
        Instant at) {

    public ApplicationReturnedAsIncomplete {
        missingItems = List.copyOf(missingItems);
    }
}
