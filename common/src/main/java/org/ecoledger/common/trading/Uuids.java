package org.ecoledger.common.trading;

import java.util.UUID;

/** The one rule of the UUID-based request IDs (allocations, reserve stockings, auctions, buy-backs, transfers): canonical lower-case form. */
final class Uuids {

    private Uuids() {
    }

    static String canonical(String value, String what) {
        try {
            return UUID.fromString(value == null ? "" : value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a UUID: " + value);
        }
    }
}
