package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise showed the violation ended on {@code endedOn} (China time): no daily penalty from
 * that day on; {@code rectifiedInTime} when a rectification order was met by its deadline.
 */
@Revision("1")
public record ViolationEndReported(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        LocalDate endedOn,
        boolean rectifiedInTime,
        String statement,
        List<String> evidence,
        Actor by,
        Instant at) {
}
