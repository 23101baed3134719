package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A flagged violation ended: the same {@code flagId} as when it was raised. */
@Revision("1")
public record ViolationFlagCleared(
        String flagId,
        ViolationKind kind,
        EnterpriseId enterpriseId,
        RegionCode region,
        Instant clearedAt,
        String detail) implements ViolationFlagEvent {
}
