package org.ecoledger.common.enforcement;

/**
 * Why a violation case refused a request. Recorded as an event, because the regulator audits
 * refusals; malformed input is an exception and recorded nowhere.
 */
public enum CaseRefusalReason {
    /** The case is decided: a new decision must name the one it supersedes, a statement comes too late. */
    ALREADY_DECIDED,
    /** A superseding decision named a decision that is not the case's current one. */
    NOT_THE_CURRENT_DECISION,
    /** Another inspector holds the case. */
    ASSIGNED_TO_ANOTHER_INSPECTOR,
    /** Nothing continues that the enterprise could show to have ended: no daily penalty or rectification order in force. */
    NOTHING_CONTINUES,
    VIOLATION_END_ALREADY_REPORTED,
    RECTIFICATION_NOT_OVERDUE
}
