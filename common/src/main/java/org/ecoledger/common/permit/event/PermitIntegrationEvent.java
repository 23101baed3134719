package org.ecoledger.common.permit.event;

import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * The permit events other services consume: published on {@code permit-events}, keyed by
 * enterprise. Together they let a consumer know, at any time, each enterprise's permits, their
 * status, validity, limits and totals. Sealed, so adding one is a deliberate contract change.
 */
public sealed interface PermitIntegrationEvent
        permits PermitIssued, PermitAmended, PermitRenewed, PermitSuspended, PermitReinstated,
        PermitRevoked, PermitCancelled, PermitExpired, VoluntaryCommitmentRecorded, PermitQuotaRequested,
        PermitQuotaReleased {

    PermitId permitId();

    PermitNumber permitNumber();

    EnterpriseId enterpriseId();

    RegionCode region();

    Actor by();

    Instant at();
}
