package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** The enterprise committed to annual totals stricter than permitted. */
@Revision("1")
public record VoluntaryCommitmentRecorded(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        List<VoluntaryCommitment> commitments,
        Actor by,
        Instant at) implements PermitIntegrationEvent {
    public VoluntaryCommitmentRecorded {
        commitments = List.copyOf(commitments);
    }
}
