package org.ecoledger.common.monitoring;

import java.util.Optional;

/**
 * A value's data flag as the device sends it (HJ 212-2017 letters; P is 2005's power failure).
 * It decides, before any accounting, whether the value counts.
 */
public enum DataFlag {
    N(Validity.VALID),
    /** Source stopped: nothing was emitted. */
    F(Validity.SOURCE_STOPPED),
    M(Validity.INVALID),
    /** A manually set value, taken as measured. */
    S(Validity.VALID),
    D(Validity.INVALID),
    C(Validity.INVALID),
    /** Over the measuring range: the value is a floor of the truth, so it counts. */
    T(Validity.VALID),
    B(Validity.INVALID),
    P(Validity.INVALID);

    private final Validity validity;

    DataFlag(Validity validity) {
        this.validity = validity;
    }

    public Validity validity() {
        return validity;
    }

    public static Optional<DataFlag> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public enum Validity {
        VALID,
        SOURCE_STOPPED,
        INVALID
    }
}
