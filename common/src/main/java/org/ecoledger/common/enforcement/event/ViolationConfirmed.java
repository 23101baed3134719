package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * A decision: the violation is confirmed with these penalties. Decisions are numbered from 1 in
 * the case; {@code supersedes} names the decision this one replaces, empty for the first.
 */
@Revision("1")
public record ViolationConfirmed(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ViolationType type,
        Severity severity,
        int decision,
        Integer supersedes,
        Penalties penalties,
        String reason,
        Actor by,
        Instant at) {
}
