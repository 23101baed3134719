package org.ecoledger.monitoring.device;

public enum DeviceStatus {
    ACTIVE,
    SUSPENDED,
    DECOMMISSIONED
}
