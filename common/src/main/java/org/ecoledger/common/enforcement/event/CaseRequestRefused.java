package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.CaseAction;
import org.ecoledger.common.enforcement.CaseRefusalReason;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A request about a case was refused by a rule; kept because the regulator audits refusals too. */
@Revision("1")
public record CaseRequestRefused(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        CaseAction action,
        CaseRefusalReason reason,
        String detail,
        Actor by,
        Instant at) {
}
