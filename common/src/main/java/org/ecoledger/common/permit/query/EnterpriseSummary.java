package org.ecoledger.common.permit.query;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

public record EnterpriseSummary(EnterpriseId enterpriseId, String name, String industry, RegionCode region, Instant registeredAt) {
}
