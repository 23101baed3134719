package org.ecoledger.monitoring.protocol;

/** The result codes of a 9011 request answer. HJ/T 212-2005 defines only the first three. */
public enum QnRtn {
    READY(1),
    REJECTED(2),
    PASSWORD_ERROR(3),
    MN_ERROR(4),
    ST_ERROR(5),
    FLAG_ERROR(6),
    QN_ERROR(7),
    CN_ERROR(8),
    CRC_ERROR(9),
    UNKNOWN_ERROR(100);

    private final int code;

    QnRtn(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The code a device of this version understands: a 2005 device knows no reason beyond 3. */
    int codeFor(ProtocolVersion version) {
        return version == ProtocolVersion.V2005 && code > PASSWORD_ERROR.code ? REJECTED.code : code;
    }
}
