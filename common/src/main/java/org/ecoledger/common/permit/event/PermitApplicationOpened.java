package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** The enterprise numbered a new application; the number is kept whatever the outcome. */
@Revision("1")
public record PermitApplicationOpened(
        EnterpriseId enterpriseId,
        PermitId permitId,
        PermitNumber permitNumber,
        Actor by,
        Instant at) {
}
