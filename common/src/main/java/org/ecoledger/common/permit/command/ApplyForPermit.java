package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/**
 * Opens a permit or registration application. Sent to the enterprise, which numbers it.
 *
 * @param newOrExpandedProject a new, rebuilt or expanded project: its annual totals must be covered
 *                             by emission rights the enterprise holds, retired before the permit is issued
 */
public record ApplyForPermit(
        @TargetAggregateIdentifier EnterpriseId enterpriseId,
        PermitId permitId,
        ManagementClass managementClass,
        PermitTerms terms,
        Validity requestedValidity,
        ResponsibleCommitment commitment,
        boolean newOrExpandedProject,
        Actor by,
        Instant at) {

    public ApplyForPermit {
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(managementClass, "managementClass");
        Require.nonNull(terms, "terms");
        Require.nonNull(requestedValidity, "requestedValidity");
        Require.nonNull(commitment, "commitment");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
