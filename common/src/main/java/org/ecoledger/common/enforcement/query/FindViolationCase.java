package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.enforcement.ViolationCaseId;

public record FindViolationCase(ViolationCaseId caseId) {
}
