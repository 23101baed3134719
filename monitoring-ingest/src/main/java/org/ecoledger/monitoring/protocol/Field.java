package org.ecoledger.monitoring.protocol;

/** A {@code key=value} pair as it appeared in the packet. */
public record Field(String key, String value) {
}
