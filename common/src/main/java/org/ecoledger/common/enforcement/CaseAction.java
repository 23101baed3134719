package org.ecoledger.common.enforcement;

/** The requests a violation case can receive, named for audit records and refusals. */
public enum CaseAction {
    ASSIGN,
    SUBMIT_STATEMENT,
    CONFIRM,
    DISMISS,
    REPORT_VIOLATION_ENDED,
    ESCALATE_OVERDUE_RECTIFICATION
}
