package org.ecoledger.common.permit.query;

import org.ecoledger.common.value.EnterpriseId;

/** Answers with every {@link PermitSummary} of one enterprise, newest application first. */
public record FindPermitsOfEnterprise(EnterpriseId enterpriseId) {
}
