package org.ecoledger.common.monitoring;

/**
 * A device's HJ 212 password (PW) as the platform keeps it: salted and hashed, so that the event
 * stream never holds the secret itself. The device sends PW in clear in every frame; the ingest
 * hashes it with the salt and compares.
 */
public record DeviceSecret(String algorithm, String salt, String hash) {

    public DeviceSecret {
        if (algorithm == null || salt == null || hash == null || salt.isBlank() || hash.isBlank()) {
            throw new IllegalArgumentException("a device secret is an algorithm, a salt and a hash");
        }
    }
}
