package org.ecoledger.common.value;

public enum ActorRole {
    ENTERPRISE,
    REVIEWER,
    INSPECTOR,
    ADMIN,
    /** The bank that holds the trading accounts' money: it records deposits and withdrawals, nothing else. */
    SETTLEMENT_BANK,
    /** The platform itself, e.g. the scheduler that expires permits. */
    SYSTEM
}
