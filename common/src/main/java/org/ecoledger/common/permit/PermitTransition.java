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
    RECORD_VOLUNTARY_COMMITMENT,
    /** Ask trading-service (again) for the rights a held issuance or amendment needs. */
    REQUEST_QUOTA,
    RECORD_QUOTA_SHORTFALL,
    RECORD_QUOTA_RETIREMENT
}
