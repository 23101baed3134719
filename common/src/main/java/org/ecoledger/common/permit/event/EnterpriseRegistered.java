package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** An enterprise was registered with the bureau. */
@Revision("1")
public record EnterpriseRegistered(
        EnterpriseId enterpriseId,
        String name,
        String industry,
        RegionCode region,
        String responsiblePersonRef,
        Actor by,
        Instant at) {
}
