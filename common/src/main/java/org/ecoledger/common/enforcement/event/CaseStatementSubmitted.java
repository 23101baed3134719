package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** The enterprise's statement and evidence, before the decision. */
@Revision("1")
public record CaseStatementSubmitted(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        String statement,
        List<String> evidence,
        Actor by,
        Instant at) {
}
