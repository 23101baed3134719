package org.ecoledger.monitoring.protocol;

/** The HJ 212 edition a packet claims, from the version bits of its Flag ({@code Flag >> 2}). */
public enum ProtocolVersion {
    /** HJ/T 212-2005. Also what a packet without Flag is taken for, though such "hybrid" devices often send 2017 codes. */
    V2005,
    V2017,
    V2025,
    /** Version bits no published edition uses. */
    UNKNOWN;

    public static ProtocolVersion fromFlag(Integer flag) {
        if (flag == null) {
            return V2005;
        }
        return switch (flag >> 2) {
            case 0 -> V2005;
            case 1 -> V2017;
            case 2 -> V2025;
            default -> UNKNOWN;
        };
    }
}
