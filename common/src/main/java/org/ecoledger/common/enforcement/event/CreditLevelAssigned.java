package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** The enterprise's environmental credit level for the year; {@code previous} is empty for its first. */
@Revision("1")
public record CreditLevelAssigned(
        EnterpriseId enterpriseId,
        RegionCode region,
        int year,
        CreditLevel level,
        CreditLevel previous,
        int points,
        String basis,
        Actor by,
        Instant at) implements EnforcementIntegrationEvent {
}
