package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.time.LocalDate;

/** The rectification order's deadline passed unmet: the case escalates to {@code severity}. */
@Revision("1")
public record RectificationOverdue(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        LocalDate deadline,
        Severity severity,
        Actor by,
        Instant at) {
}
