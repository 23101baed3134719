package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A decision: the case is dismissed, with the reason; {@code supersedes} as for a confirmation. */
@Revision("1")
public record ViolationDismissed(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ViolationType type,
        int decision,
        Integer supersedes,
        String reason,
        Actor by,
        Instant at) {
}
