package org.ecoledger.common.monitoring;

/** The HJ 212 edition a device speaks, as registered: it decides how its frames are read and answered. */
public enum ProtocolEdition {
    HJ212_2005,
    HJ212_2017,
    HJ212_2025
}
