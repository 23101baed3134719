package org.ecoledger.common.permit;

/** The requests a permit can receive, named for audit records and refusals. */
public enum PermitTransition {
    APPLY,
    CONFIRM_COMPLETE,
    RETURN_AS_INCOMPLETE,
    CORRECT_APPLICATION,
    ISSUE,
    REJECT,
    AMEND,
    REQUEST_RENEWAL,
    GRANT_RENEWAL,
    SUSPEND,
    REINSTATE,
    REVOKE,
    CANCEL,
    EXPIRE,
    RECORD_VOLUNTARY_COMMITMENT
}
