package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** Registers an enterprise with the bureau; its credit code is its identity. */
public record RegisterEnterprise(
        @TargetAggregateIdentifier EnterpriseId enterpriseId,
        String name,
        String industry,
        RegionCode region,
        String responsiblePersonRef,
        Actor by,
        Instant at) {

    public RegisterEnterprise {
        Commands.requireNonNull(enterpriseId, "enterpriseId");
        Commands.requireNonNull(region, "region");
        Commands.requireNonNull(by, "by");
        Commands.requireNonNull(at, "at");
        Commands.requireText(name, "name");
        Commands.requireText(industry, "industry");
        Commands.requireText(responsiblePersonRef, "responsiblePersonRef");
    }
}
