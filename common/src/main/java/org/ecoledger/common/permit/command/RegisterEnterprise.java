package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
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
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(name, "name");
        Require.text(industry, "industry");
        Require.text(responsiblePersonRef, "responsiblePersonRef");
    }
}
