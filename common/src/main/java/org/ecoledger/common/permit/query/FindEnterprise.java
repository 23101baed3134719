package org.ecoledger.common.permit.query;

import org.ecoledger.common.value.EnterpriseId;

/** Answers with an {@link EnterpriseSummary}, or nothing if the enterprise is not registered. */
public record FindEnterprise(EnterpriseId enterpriseId) {
}
