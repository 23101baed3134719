package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** Monitoring cleared the flag the case came from; the case stays for its decision. */
@Revision("1")
public record CaseFlagCleared(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        Instant clearedAt,
        String detail,
        Actor by,
        Instant at) {
}
