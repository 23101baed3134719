package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.monitoring.EvidenceHour;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the inspector reviews a case with: the hourly series around the onset as monitoring counted
 * it (substitutions and the device's data flags included; empty until monitoring sent it), hours per
 * data flag (the device's own account of its status), and the permit limits and totals in force.
 */
public record CaseEvidence(List<EvidenceHour> hours, Map<String, Integer> hoursByDataFlag, Instant asOf,
                           List<PermitLimitInForce> permitLimits) {
}
