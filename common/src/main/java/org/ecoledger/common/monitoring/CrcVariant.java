package org.ecoledger.common.monitoring;

/**
 * The frame check a device is registered to use. The standard's is the default; the two Modbus
 * variants are what some loggers in the field send, and are accepted only from devices registered
 * with them.
 */
public enum CrcVariant {
    STANDARD,
    MODBUS,
    MODBUS_SWAPPED
}
