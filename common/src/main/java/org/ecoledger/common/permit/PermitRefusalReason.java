package org.ecoledger.common.permit;

/**
 * Why the permit refused a request. These are business rules the regulator audits, so each
 * refusal is recorded as an event; malformed input is an exception and recorded nowhere.
 */
public enum PermitRefusalReason {
    /** The request does not apply to a permit in its current status. */
    NOT_ALLOWED_IN_CURRENT_STATUS,
    RENEWAL_WINDOW_NOT_OPEN,
    RENEWAL_ALREADY_REQUESTED,
    NO_RENEWAL_REQUESTED,
    VALIDITY_NOT_ENDED,
    COMMITMENT_NOT_STRICTER_THAN_PERMIT,
    REGISTRATION_HAS_NO_TOTALS,
    ENTERPRISE_NOT_ACTIVE,
    /** The enterprise is on the illegal-discharge blacklist: no new permits until it is lifted. */
    ENTERPRISE_BLACKLISTED
}
