package org.ecoledger.common.monitoring;

/** Where a device stands in monitoring's registry: its data is accepted only while it is active. */
public enum DeviceRegistryStatus {
    ACTIVE,
    SUSPENDED,
    DECOMMISSIONED
}
