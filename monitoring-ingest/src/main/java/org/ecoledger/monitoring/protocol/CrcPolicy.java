package org.ecoledger.monitoring.protocol;

import java.util.Set;

/** Which CRC algorithms a device is known to use; anything else is rejected and counted. */
@FunctionalInterface
public interface CrcPolicy {

    /** @param mn the device's MN as sent, or null when the packet has none */
    Set<CrcProfile> allowedFor(String mn);

    static CrcPolicy standardOnly() {
        Set<CrcProfile> standard = Set.of(CrcProfile.STANDARD);
        return mn -> standard;
    }
}
