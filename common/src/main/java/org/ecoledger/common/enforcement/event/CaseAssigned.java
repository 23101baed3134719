package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** An inspector holds the case: only they (or an admin) decide it. */
@Revision("1")
public record CaseAssigned(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        String assignee,
        Actor by,
        Instant at) {
}
