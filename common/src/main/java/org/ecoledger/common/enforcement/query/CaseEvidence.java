package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.monitoring.DeviceState;
import org.ecoledger.common.monitoring.EvidenceHour;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the inspector reviews a case with: the hourly series around the onset as monitoring counted
 * it (substitutions and the device's data flags included; empty until monitoring sent it), hours per
 * data flag (the device's own account of its status), the permit limits and totals in force, and
 * the registry's status of the devices at the case's outlet (all the enterprise's where the case
 * names no outlet), as monitoring last published it.
 */
public record CaseEvidence(List<EvidenceHour> hours, Map<String, Integer> hoursByDataFlag, Instant asOf,
                           List<PermitLimitInForce> permitLimits, List<DeviceState> devices) {
}
