package org.ecoledger.common.kafka;

import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;

import java.util.List;
import java.util.Map;

/** Every topic that crosses a service boundary. Immutable: names are part of the contract. */
public final class Topics {

    /** Permit lifecycle, keyed by enterprise credit code so that one enterprise's events stay in order. */
    public static final Topic PERMIT_EVENTS = new Topic("permit-events", 6, "enterprise credit code", Map.of(
            "permit-issued", PermitIssued.class,
            "permit-amended", PermitAmended.class,
            "permit-renewed", PermitRenewed.class,
            "permit-suspended", PermitSuspended.class,
            "permit-reinstated", PermitReinstated.class,
            "permit-revoked", PermitRevoked.class,
            "permit-cancelled", PermitCancelled.class,
            "permit-expired", PermitExpired.class,
            "voluntary-commitment-recorded", VoluntaryCommitmentRecorded.class));

    public static final List<Topic> ALL = List.of(PERMIT_EVENTS);

    private Topics() {
    }
}
