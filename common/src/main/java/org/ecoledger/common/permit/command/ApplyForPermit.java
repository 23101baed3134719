package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** Opens a permit or registration application. Sent to the enterprise, which numbers it. */
public record ApplyForPermit(
        @TargetAggregateIdentifier EnterpriseId enterpriseId,
        PermitId permitId,
        ManagementClass managementClass,
        PermitTerms terms,
        Validity requestedValidity,
        ResponsibleCommitment commitment,
        Actor by,
        Instant at) {

    public ApplyForPermit {
        Commands.requireNonNull(enterpriseId, "enterpriseId");
        Commands.requireNonNull(permitId, "permitId");
        Commands.requireNonNull(managementClass, "managementClass");
        Commands.requireNonNull(terms, "terms");
        Commands.requireNonNull(requestedValidity, "requestedValidity");
        Commands.requireNonNull(commitment, "commitment");
        Commands.requireNonNull(by, "by");
        Commands.requireNonNull(at, "at");
    }
}
