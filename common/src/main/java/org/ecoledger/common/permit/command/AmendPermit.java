package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/**
 * Replaces the limits and totals of an issued permit with a new version; earlier versions stay in its history.
 *
 * @param newOrExpandedProject the amendment is for a new, rebuilt or expanded project: any increase of
 *                             an annual total must be covered by emission rights, retired before it takes effect
 */
public record AmendPermit(
        @TargetAggregateIdentifier PermitId permitId,
        PermitTerms terms,
        String reason,
        boolean newOrExpandedProject,
        Actor by,
        Instant at) {

    public AmendPermit {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(terms, "terms");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
