package org.ecoledger.common.value;

public enum ActorRole {
    ENTERPRISE,
    REVIEWER,
    INSPECTOR,
    ADMIN,
    /** The platform itself, e.g. the scheduler that expires permits. */
    SYSTEM
}
