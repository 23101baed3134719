package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * An application for a permit or registration was submitted. {@code newOrExpandedProject} was added
 * later without a new revision: an event recorded before it reads as {@code false}, which is what
 * every application was then.
 */
@Revision("1")
public record PermitApplied(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        String industry,
        ManagementClass managementClass,
        PermitTerms terms,
        Validity requestedValidity,
        ResponsibleCommitment commitment,
        boolean newOrExpandedProject,
        Actor by,
        Instant at) {
}
