package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

/**
 * The inspectors' queue: cases in a jurisdiction, gravest and oldest first, optionally of one
 * status, severity or enterprise. Empty criteria match everything.
 */
public record FindViolationCases(RegionCode jurisdiction, CaseStatus status, Severity severity, EnterpriseId enterpriseId,
                                 PageRequest page) {

    public FindViolationCases {
        if (page == null) {
            throw new IllegalArgumentException("a page is required");
        }
    }
}
